/**
 * Writes an event to the transactional outbox inside the caller's transaction.
 * A trigger NOTIFYs `outbox_event` on commit; the realtime relay and the job
 * worker read from here. Payloads carry ids and codes only, never PHI.
 */
import type { DbOrTx } from "../db/prisma";

export const OUTBOX_EVENT_TYPES = [
  "consultation.created",
  "consultation.transitioned",
  "consultation.message",
  "consultation.updated",
  "consultation.ai",
  "sla.breached",
  "audit.alert",
  "notification.created",
  /** Prescriptions committed as "approved": wakes the worker's pharmacy dispatcher (ids only). */
  "prescription.approved",
] as const;
export type OutboxEventType = (typeof OUTBOX_EVENT_TYPES)[number];

export interface OutboxPayload {
  consultationId?: string;
  status?: string;
  previousStatus?: string;
  version?: number;
  patientId?: string;
  organizationId?: string;
  consultationType?: string;
  assignedProviderId?: string | null;
  [key: string]: string | number | boolean | null | undefined;
}

export async function writeOutboxEvent(
  tx: DbOrTx,
  type: OutboxEventType,
  payload: OutboxPayload,
): Promise<bigint> {
  const row = await tx.outboxEvent.create({
    data: { type, consultationId: payload.consultationId ?? null, payload: payload as object },
    select: { id: true },
  });
  return row.id;
}
