/**
 * Housekeeping for AI requests (cron, every minute; idempotent, safe on N workers):
 * - a request still "queued" a minute after it was made lost its job (the web app could not
 *   reach the queue): send it again;
 * - a request "running" longer than two timeouts plus a minute lost its worker: mark it
 *   "failed" (interrupted) so the panel shows the manual-workflow notice instead of a spinner.
 */
import { db } from "../db/prisma";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import { getAiConfig } from "./ai-config";
import { MAX_ATTEMPTS } from "./call-ai-with-validation";
import { enqueueAiRequest } from "./enqueue-ai-request";

export const REQUEUE_AFTER_MS = 60_000;
const BATCH = 100;

export async function sweepAiRequests(now = new Date(), enqueue = enqueueAiRequest): Promise<{ requeued: number; interrupted: number }> {
  const lost = await db.aiInteractionLog.findMany({
    where: { status: "queued", createdAt: { lt: new Date(now.getTime() - REQUEUE_AFTER_MS) } }, select: { id: true }, orderBy: { createdAt: "asc" }, take: BATCH,
  });
  let requeued = 0;
  for (const r of lost) if (await enqueue(r.id, { resend: true })) requeued++;

  const stuckBefore = new Date(now.getTime() - (getAiConfig().timeoutMs * MAX_ATTEMPTS + 60_000));
  const interrupted = await db.$transaction(async (tx) => {
    const rows = await tx.aiInteractionLog.findMany({ where: { status: "running", startedAt: { lt: stuckBefore } }, select: { id: true, consultationId: true, kind: true }, take: BATCH });
    if (rows.length === 0) return 0;
    await tx.aiInteractionLog.updateMany({ where: { id: { in: rows.map((r) => r.id) }, status: "running" }, data: { status: "failed", error: "interrupted", finishedAt: now } });
    for (const r of rows) await writeOutboxEvent(tx, "consultation.ai", { consultationId: r.consultationId, aiRequestId: r.id, aiStatus: "failed", kind: r.kind });
    return rows.length;
  });
  return { requeued, interrupted };
}
