/**
 * POST /api/v1/consultations/:id/ai/:requestId/decision: the assigned provider accepts, edits or
 * rejects one AI piece. The decision, the final approved text, the modifications against the
 * draft and the deviation reason are stored on the request's log row (once: a second decision is
 * a CONFLICT), announced and audited. Then its effects, only ever on this explicit decision:
 * - copyToNotes: an approved assessment or SOAP note is written into the notes (saveDocumentation);
 * - an approved patient message is sent to the patient (sendMessage; automated = false, because
 *   a clinician approved it; the message id is kept in the log's finalText).
 * If an effect fails, the decision is undone, so the log never claims what did not happen.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { planAiDecision } from "@/lib/ai/plan-ai-decision";
import { ZSendMessageInput } from "@/lib/schemas/messages";
import { ZDocumentationInput } from "@/lib/schemas/documentation";
import { fieldErrorsOf } from "@/lib/errors";
import type { TAiDecisionInput, TAiKind } from "@/lib/schemas/ai";
import { db, Prisma } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import type { RequestContext } from "../http/request-context";
import { saveDocumentation } from "../consultations/save-documentation";
import { sendMessage } from "../messaging/send-message";
import { assertAiOpen, getAiWritableConsultation } from "./ai-access";
import { serializeAiRequest } from "./serialize-ai-request";

export async function decideAiSuggestion(actor: UserActor, consultationId: string, requestId: string, input: TAiDecisionInput, request: RequestContext) {
  const c = await getAiWritableConsultation(actor, consultationId, request);
  const row = await db.aiInteractionLog.findFirst({ where: { id: requestId, consultationId } });
  if (!row) throw new AppError("NOT_FOUND", "AI request not found.", { requestId });
  if (row.status !== "ready") throw new AppError("GUARD_FAILED", "Only a ready suggestion can be accepted, edited or rejected.", { status: row.status });
  if (row.decision) throw new AppError("CONFLICT", "A decision was already recorded for this suggestion.", { decision: row.decision });
  assertAiOpen(c.status);
  const kind = row.kind as TAiKind;
  const plan = planAiDecision(kind, row.output, input);
  if (!plan.ok) throw new AppError("VALIDATION_FAILED", plan.message, { fieldErrors: plan.fieldErrors });
  // Checked before anything is written, so a bad copy never needs undoing.
  const notes = plan.notes ? ZDocumentationInput.safeParse(plan.notes) : null;
  if (notes && !notes.success) throw new AppError("VALIDATION_FAILED", "This version cannot be copied into the notes.", { fieldErrors: fieldErrorsOf(notes.error.issues) });

  const decidedAt = new Date();
  await db.$transaction(async (tx) => {
    // Conditional on "not decided yet": two tabs deciding at once cannot both win.
    const res = await tx.aiInteractionLog.updateMany({
      where: { id: row.id, decision: null },
      data: {
        decision: input.decision, finalText: (plan.final ?? undefined) as never, providerModifications: plan.modifications as never,
        deviationReason: input.deviationReason ?? null, decidedAt,
      },
    });
    if (res.count === 0) throw new AppError("CONFLICT", "A decision was already recorded for this suggestion.");
    await writeOutboxEvent(tx, "consultation.ai", { consultationId, aiRequestId: row.id, aiStatus: row.status, kind, decision: input.decision });
    await recordAuditLog(tx, {
      actor, action: "UPDATE", resourceType: "ai_request", resourceId: row.id, patientId: c.patientId, outcome: "allowed", request,
      metadata: { consultationId, kind, decision: input.decision, deviates: plan.deviates, modifiedFields: plan.modifications.map((m) => m.field), copyToNotes: Boolean(plan.notes) },
    });
  });

  const effects: { copiedToNotes: boolean; messageId: string | null } = { copiedToNotes: false, messageId: null };
  try {
    if (notes?.success) {
      await saveDocumentation(actor, consultationId, notes.data, request);
      effects.copiedToNotes = true;
    }
    if (kind === "patient_message" && plan.final) {
      const message = await sendMessage(actor, consultationId, ZSendMessageInput.parse({ body: plan.final.body }), request);
      effects.messageId = message.id;
      await db.aiInteractionLog.update({ where: { id: row.id }, data: { finalText: { ...plan.final, messageId: message.id } } });
    }
  } catch (e) {
    await db.aiInteractionLog.update({ where: { id: row.id }, data: { decision: null, finalText: Prisma.DbNull, providerModifications: Prisma.DbNull, deviationReason: null, decidedAt: null } });
    throw e;
  }
  return { request: serializeAiRequest(await db.aiInteractionLog.findUniqueOrThrow({ where: { id: row.id } })), ...effects };
}
