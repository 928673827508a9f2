/**
 * POST /api/v1/consultations/:id/ai/{function}: the assigned provider asks for a suggestion. The
 * request is recorded (AiInteractionLog, status "queued"), announced and audited in one
 * transaction, then handed to the "ai-request" job: the AI call never runs inside the HTTP
 * request. A second click while one of the same kind is still queued or running returns that one.
 */
import type { UserActor } from "@/lib/auth/actor";
import type { RateLimitRule } from "@/lib/auth/rate-limits";
import { PROMPTS } from "@/lib/ai/prompts";
import type { TAiKind } from "@/lib/schemas/ai";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import type { RequestContext } from "../http/request-context";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { assertAiOpen, getAiWritableConsultation } from "./ai-access";
import { enqueueAiRequest } from "./enqueue-ai-request";

/** Per provider: generous for real use, a stop for a runaway script (each request may cost money). */
export const AI_REQUEST_RATE_LIMIT: RateLimitRule = { name: "ai-request", limit: 60, windowSeconds: 60 * 60 };

export interface AiRequestAccepted {
  id: string;
  status: "queued" | "running";
}

export async function requestAiSuggestion(actor: UserActor, consultationId: string, kind: TAiKind, request: RequestContext): Promise<AiRequestAccepted> {
  const c = await getAiWritableConsultation(actor, consultationId, request);
  assertAiOpen(c.status);
  const inFlight = await db.aiInteractionLog.findFirst({ where: { consultationId, kind, status: { in: ["queued", "running"] } }, orderBy: { createdAt: "desc" } });
  if (inFlight) return { id: inFlight.id, status: inFlight.status as AiRequestAccepted["status"] };
  await consumeRateLimit(AI_REQUEST_RATE_LIMIT, actor.userId);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.aiInteractionLog.create({
      data: { consultationId, requestedByUserId: actor.userId, kind, status: "queued", promptVersion: PROMPTS[kind].version },
      select: { id: true },
    });
    await writeOutboxEvent(tx, "consultation.ai", { consultationId, aiRequestId: created.id, aiStatus: "queued", kind });
    await recordAuditLog(tx, {
      actor, action: "CREATE", resourceType: "ai_request", resourceId: created.id, patientId: c.patientId, outcome: "allowed", request, metadata: { consultationId, kind },
    });
    return created;
  });
  // After commit: the job must find the row. A failed send is picked up by the sweep.
  await enqueueAiRequest(row.id);
  return { id: row.id, status: "queued" };
}
