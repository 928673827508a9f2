/** The patient confirms they have read a critical message (recorded and audited). */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { getAuthorizedConsultation } from "../consultations/get-consultation";

export async function acknowledgeMessage(actor: UserActor, consultationId: string, messageId: string, request: RequestContext, now = new Date()) {
  const { consultation: c, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:read", request);
  if (relation !== "owner") throw new AppError("FORBIDDEN", "Only the patient can acknowledge their messages.");
  const m = await db.consultationMessage.findFirst({ where: { id: messageId, consultationId } });
  if (!m) throw new AppError("NOT_FOUND", "Message not found.");
  if (m.acknowledgedAt) return { acknowledgedAt: m.acknowledgedAt.toISOString() };
  await db.$transaction(async (tx) => {
    await tx.consultationMessage.update({ where: { id: m.id }, data: { acknowledgedAt: now, readAt: m.readAt ?? now } });
    await recordAuditLog(tx, { actor, action: "UPDATE", resourceType: "consultation_message", resourceId: m.id, patientId: c.patientId, outcome: "allowed", request, metadata: { event: "acknowledged" } });
  });
  return { acknowledgedAt: now.toISOString() };
}
