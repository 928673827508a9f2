import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";

/**
 * Loads a prescription for a pharmacist's action. Another organisation's prescription is
 * "not found" (its existence is not revealed); denials are audited.
 */
export async function getQueuePrescription(actor: UserActor, prescriptionId: string, request: RequestContext) {
  const rx = can(actor, "prescriptions:work")
    ? await db.prescription.findUnique({ where: { id: prescriptionId }, include: { consultation: { select: { id: true, organizationId: true, patientId: true } } } })
    : null;
  if (!rx || rx.consultation.organizationId !== actor.organizationId) {
    await recordAuditLogStandalone({
      actor, action: "UPDATE", resourceType: "prescription", resourceId: prescriptionId, patientId: rx?.consultation.patientId ?? null,
      outcome: "denied", request, metadata: { reason: can(actor, "prescriptions:work") ? "not_found" : "forbidden" },
    });
    if (!can(actor, "prescriptions:work")) throw new AppError("FORBIDDEN", "Only pharmacists can work the prescription queue.");
    throw new AppError("NOT_FOUND", "Prescription not found.", { prescriptionId });
  }
  return rx;
}
