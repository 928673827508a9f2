import { systemActor } from "@/lib/auth/actor";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { systemRequest } from "../http/request-context";

/**
 * Records the pharmacy's order id. Conditional on the prescription still being on its way, so
 * a second run that got the same (idempotent) answer changes nothing. True when this call won.
 */
export async function markPrescriptionSent(rx: { id: string; consultationId: string; patientId: string }, orderId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.prescription.updateMany({
      where: { id: rx.id, status: { in: ["approved", "sending"] } },
      data: { status: "sent", pharmacyOrderId: orderId, sentAt: now, lastError: null },
    });
    if (count === 0) return false;
    await recordAuditLog(tx, {
      actor: systemActor("pharmacy"), action: "UPDATE", resourceType: "prescription", resourceId: rx.id, patientId: rx.patientId, outcome: "allowed",
      request: systemRequest("pharmacy"), diff: { status: { to: "sent" }, pharmacyOrderId: { to: orderId } }, metadata: { consultationId: rx.consultationId },
    });
    return true;
  });
}
