/**
 * A pharmacist sends a manual-queue prescription to the pharmacy again: it becomes "approved"
 * with a fresh attempt budget and the outbox event wakes the worker's dispatcher at once. The
 * idempotency key is unchanged, so if an earlier attempt did reach the pharmacy the same order
 * comes back instead of a second one.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import type { RequestContext } from "../http/request-context";
import { getQueuePrescription } from "./get-queue-prescription";

export async function resendPrescription(actor: UserActor, prescriptionId: string, request: RequestContext): Promise<void> {
  const rx = await getQueuePrescription(actor, prescriptionId, request);
  await db.$transaction(async (tx) => {
    const { count } = await tx.prescription.updateMany({
      where: { id: rx.id, status: "manual" },
      data: { status: "approved", attempts: 0, manualQueuedAt: null, lastError: null },
    });
    if (count === 0) throw new AppError("CONFLICT", "This prescription is no longer in the manual queue. Reload the page.", { status: rx.status });
    await writeOutboxEvent(tx, "prescription.approved", { consultationId: rx.consultationId, prescriptionIds: rx.id, count: 1, resend: true });
    await recordAuditLog(tx, {
      actor, action: "UPDATE", resourceType: "prescription", resourceId: rx.id, patientId: rx.consultation.patientId, outcome: "allowed", request,
      diff: { status: { from: "manual", to: "approved" } }, metadata: { consultationId: rx.consultationId, operation: "resend", previousError: rx.lastError?.split(":")[0] ?? null },
    });
  });
}
