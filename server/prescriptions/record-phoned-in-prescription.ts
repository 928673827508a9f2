/**
 * A pharmacist phoned a manual-queue prescription in to the pharmacy and records what happened.
 * When it was the consultation's last undelivered prescription, the consultation moves to
 * prescription_sent and the patient is told (advanceConsultationIfDelivered).
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { TRecordPhonedInInput } from "@/lib/schemas/prescriptions";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { encryptString } from "../crypto";
import type { RequestContext } from "../http/request-context";
import { advanceConsultationIfDelivered } from "./advance-consultation-if-delivered";
import { getQueuePrescription } from "./get-queue-prescription";

export async function recordPhonedInPrescription(actor: UserActor, prescriptionId: string, input: TRecordPhonedInInput, request: RequestContext, now = new Date()) {
  const rx = await getQueuePrescription(actor, prescriptionId, request);
  await db.$transaction(async (tx) => {
    const { count } = await tx.prescription.updateMany({
      where: { id: rx.id, status: "manual" },
      data: { status: "phoned_in", resolvedById: actor.userId, resolution: input.outcome, pharmacyOrderId: input.pharmacyReference ?? null, sentAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "This prescription is no longer in the manual queue. Reload the page.", { status: rx.status });
    await recordAuditLog(tx, {
      actor, action: "UPDATE", resourceType: "prescription", resourceId: rx.id, patientId: rx.consultation.patientId, outcome: "allowed", request,
      // The outcome note is free text (may name people): encrypted in the audit diff.
      diff: { status: { from: "manual", to: "phoned_in" }, resolution: { to: { enc: encryptString(input.outcome) } } },
      metadata: { consultationId: rx.consultationId, operation: "phoned_in" },
    });
  });
  await advanceConsultationIfDelivered(rx.consultationId, now);
}
