/**
 * POST /api/v1/consultations/:id/ai/:requestId/deviation: the reason the provider's diagnosis
 * (Consultation.primaryDiagnosisCode, typed in the notes) differs from the AI assessment's
 * primary diagnosis. Stored on that assessment's log row (AiInteractionLog.deviationReason);
 * audited and announced. Peer review rules read the same AI primary diagnosis.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import type { RequestContext } from "../http/request-context";
import { assertAiOpen, getAiWritableConsultation } from "./ai-access";
import { serializeAiRequest } from "./serialize-ai-request";

export async function recordAiDeviation(actor: UserActor, consultationId: string, requestId: string, reason: string, request: RequestContext) {
  const c = await getAiWritableConsultation(actor, consultationId, request);
  assertAiOpen(c.status);
  const row = await db.aiInteractionLog.findFirst({ where: { id: requestId, consultationId } });
  if (!row) throw new AppError("NOT_FOUND", "AI request not found.", { requestId });
  if (row.kind !== "assessment" || row.status !== "ready") throw new AppError("GUARD_FAILED", "A deviation reason belongs to a ready AI assessment.");
  const updated = await db.$transaction(async (tx) => {
    const u = await tx.aiInteractionLog.update({ where: { id: row.id }, data: { deviationReason: reason } });
    await writeOutboxEvent(tx, "consultation.ai", { consultationId, aiRequestId: row.id, aiStatus: row.status, kind: row.kind });
    await recordAuditLog(tx, {
      actor, action: "UPDATE", resourceType: "ai_request", resourceId: row.id, patientId: c.patientId, outcome: "allowed", request,
      metadata: { consultationId, kind: row.kind, deviationReason: "recorded" },
    });
    return u;
  });
  return serializeAiRequest(updated);
}
