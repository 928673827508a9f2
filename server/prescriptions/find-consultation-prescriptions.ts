import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import { getAuthorizedConsultation } from "../consultations/get-consultation";
import type { RequestContext } from "../http/request-context";
import { withPharmacies } from "./with-pharmacies";
import { prescriptionViewFor, serializePrescription } from "./serialize-prescription";

/**
 * A consultation's prescriptions, oldest first, in the view the caller's relation allows
 * (patient: the label; pharmacist: the order; prescriber/supervisor: plus the safety record).
 * The read is audited.
 */
export async function findConsultationPrescriptions(actor: UserActor, consultationId: string, request: RequestContext) {
  const { consultation, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:read", request);
  const view = prescriptionViewFor(relation);
  if (!view) throw new AppError("FORBIDDEN", "You do not have access to this consultation.");
  const rows = await withPharmacies(await db.prescription.findMany({ where: { consultationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }));
  await recordAuditLogStandalone({
    actor, action: "READ", resourceType: "prescription", resourceId: consultationId, patientId: consultation.patientId, outcome: "allowed",
    request: relation === "break_glass" ? { ...request, emergencyAccess: true } : request, metadata: { relation, view, count: rows.length },
  });
  return { items: rows.map((r) => serializePrescription(r, view)) };
}
