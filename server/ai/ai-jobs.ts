/**
 * Job definitions of AI decision support (registered in server/jobs/registry.ts):
 * - "ai-request" v1, payload {aiRequestId}: runs one request (run-ai-request.ts);
 * - "ai-request-sweep" v1, cron every minute: re-sends lost requests, fails stuck ones.
 */
import { ZAiRequestJobPayload } from "@/lib/schemas/ai";
import type { JobDefinition } from "../jobs/registry";
import { AI_REQUEST_QUEUE } from "./ai-request-queue";
import { runAiRequest } from "./run-ai-request";
import { sweepAiRequests } from "./sweep-ai-requests";

export const aiRequestJob: JobDefinition<{ aiRequestId: string }> = {
  name: AI_REQUEST_QUEUE.name,
  version: AI_REQUEST_QUEUE.version,
  retryLimit: AI_REQUEST_QUEUE.retryLimit,
  retryDelaySeconds: AI_REQUEST_QUEUE.retryDelaySeconds,
  async run(payload, log) {
    const parsed = ZAiRequestJobPayload.safeParse(payload);
    // A malformed payload will not get better on retry.
    if (!parsed.success) return void log.error("ai-request: invalid payload; dropped");
    await runAiRequest(parsed.data.aiRequestId, log); // it logs the request id itself
  },
};

export const aiRequestSweepJob: JobDefinition<Record<string, never>> = {
  name: "ai-request-sweep",
  version: 1,
  retryLimit: 0, // re-run every minute anyway
  retryDelaySeconds: 30,
  cron: "* * * * *",
  async run(_payload, log) {
    const r = await sweepAiRequests();
    if (r.requeued + r.interrupted > 0) log.warn(r, "AI requests swept");
  },
};
