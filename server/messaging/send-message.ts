/**
 * Secure messaging on a consultation. A patient's message while the clinician
 * is waiting on them (requires_info) is their reply: it moves the case back to
 * in_review through the single write path (as the system, per the state
 * machine), in the same transaction as the message. Other messages are
 * stored, audited and announced on the outbox.
 */
import { systemActor, type UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { TSendMessageInput } from "@/lib/schemas/messages";
import { db, type Tx } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import type { RequestContext } from "../http/request-context";
import { getAuthorizedConsultation } from "../consultations/get-consultation";
import { applyTransition } from "../consultations/transition-consultation";

const CLOSED = ["completed", "cancelled"];

export async function sendMessage(actor: UserActor, consultationId: string, input: TSendMessageInput, request: RequestContext) {
  const { consultation: c, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:message", request);
  if (CLOSED.includes(c.status)) throw new AppError("GUARD_FAILED", "This consultation is closed. Start a new consultation for a new problem.");
  const fromPatient = relation === "owner";
  return db.$transaction(async (tx) => {
    if (input.attachmentIds.length) await linkAttachments(tx, actor, c.id, input.attachmentIds);
    const message = await tx.consultationMessage.create({
      data: {
        consultationId: c.id, senderId: actor.userId, senderRole: actor.role, body: input.body, priority: input.priority,
        requiresProviderResponse: input.requiresProviderResponse ?? fromPatient,
        readReceiptRequired: input.readReceiptRequired ?? (!fromPatient && input.priority !== "low"),
      },
    });
    if (fromPatient && c.status === "requires_info") {
      await applyTransition(tx, { consultationId: c.id, to: "in_review", actor: systemActor("messaging"), request, context: { patientReply: input.body } });
    } else {
      await writeOutboxEvent(tx, "consultation.message", { consultationId: c.id, status: c.status, patientId: c.patientId, organizationId: c.organizationId, assignedProviderId: c.assignedProviderId });
    }
    await recordAuditLog(tx, {
      actor, action: "CREATE", resourceType: "consultation_message", resourceId: message.id, patientId: c.patientId, outcome: "allowed", request,
      metadata: { consultationId: c.id, priority: input.priority },
    });
    return message;
  });
}

async function linkAttachments(tx: Tx, actor: UserActor, consultationId: string, ids: string[]) {
  const res = await tx.attachment.updateMany({ where: { id: { in: ids }, uploadedById: actor.userId, consultationId: null }, data: { consultationId } });
  if (res.count !== ids.length) throw new AppError("VALIDATION_FAILED", "Some files were not found. Upload them again.", { fieldErrors: { attachmentIds: ["Upload the files again"] } });
}

/** Messages of a consultation; reading marks messages from the other side as read. */
export async function findMessages(actor: UserActor, consultationId: string, request: RequestContext) {
  const { consultation: c, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:read", request);
  const now = new Date();
  const fromOtherSide = relation === "owner" ? { senderRole: { not: "patient" } } : { senderRole: "patient" };
  await db.consultationMessage.updateMany({ where: { consultationId, readAt: null, ...fromOtherSide }, data: { readAt: now } });
  const items = await db.consultationMessage.findMany({ where: { consultationId }, orderBy: { createdAt: "asc" } });
  await db.$transaction((tx) => recordAuditLog(tx, { actor, action: "READ", resourceType: "consultation_messages", resourceId: c.id, patientId: c.patientId, outcome: "allowed", request, metadata: { count: items.length } }));
  return { items: items.map((m) => ({ id: m.id, senderRole: m.senderRole, body: m.body, priority: m.priority, automated: m.automated, createdAt: m.createdAt.toISOString(), readAt: m.readAt?.toISOString() ?? null, acknowledgedAt: m.acknowledgedAt?.toISOString() ?? null })), nextCursor: null };
}
