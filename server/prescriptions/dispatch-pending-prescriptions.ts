/**
 * The transactional-outbox half of prescribing. pg-boss cannot join the approval transaction,
 * so the approval only commits Prescription rows with status "approved"; this sweep (run by
 * the worker on start, on every outbox NOTIFY and every PHARMACY_DISPATCH_INTERVAL_MS) makes
 * sure each one has a "pharmacy-send" job:
 *  - "approved" rows → enqueue (pg-boss dedupes on singletonKey = prescription id);
 *  - "sending" rows untouched for longer than the stuck threshold (their worker died, or
 *    pg-boss gave up on an unexpected error) → enqueue again;
 *  - consultations still prescription_pending although every prescription is delivered
 *    (a crash between "sent" and the status move) → advance them.
 * A crash between commit and enqueue therefore never loses an order: the next sweep finds it.
 */
import { DELIVERED_STATUSES } from "@/lib/prescriptions/prescription-status";
import { db } from "../db/prisma";
import { getPharmacyConfig, type PharmacyConfig } from "../integrations/pharmacy/pharmacy-config";
import { advanceConsultationIfDelivered } from "./advance-consultation-if-delivered";

/** Sends the job; true when a new job was created (false: one is already queued). */
export type EnqueuePharmacySend = (prescriptionId: string) => Promise<boolean>;

export interface DispatchResult {
  enqueued: number;
  rescued: number;
  advanced: number;
}

const BATCH = 200;

/**
 * How long a "sending" row may sit before it counts as stuck: the configured minutes, but never
 * less than the longest legitimate wait (last backoff delay + one gateway call + a margin), so
 * a prescription waiting for its pg-boss retry is not sent twice in parallel for no reason.
 */
export function stuckAfterMs(cfg: PharmacyConfig): number {
  const longestBackoffMs = cfg.PHARMACY_SEND_RETRY_DELAY_SECONDS * 2 ** Math.max(0, cfg.PHARMACY_SEND_MAX_ATTEMPTS - 1) * 1000;
  return Math.max(cfg.PHARMACY_STUCK_AFTER_MINUTES * 60_000, longestBackoffMs + cfg.PHARMACY_GATEWAY_TIMEOUT_MS + 60_000);
}

export async function dispatchPendingPrescriptions(enqueue: EnqueuePharmacySend, now = new Date()): Promise<DispatchResult> {
  const cfg = getPharmacyConfig();
  const result: DispatchResult = { enqueued: 0, rescued: 0, advanced: 0 };
  const approved = await db.prescription.findMany({ where: { status: "approved" }, select: { id: true }, orderBy: { approvedAt: "asc" }, take: BATCH });
  for (const { id } of approved) if (await enqueue(id)) result.enqueued++;

  const stuck = await db.prescription.findMany({
    where: { status: "sending", updatedAt: { lt: new Date(now.getTime() - stuckAfterMs(cfg)) } },
    select: { id: true }, orderBy: { updatedAt: "asc" }, take: BATCH,
  });
  for (const { id } of stuck) if (await enqueue(id)) result.rescued++;

  const delivered = [...DELIVERED_STATUSES];
  const strandeds = await db.consultation.findMany({
    where: { status: "prescription_pending", prescriptions: { some: { status: { in: delivered } }, every: { status: { in: [...delivered, "cancelled"] } } } },
    select: { id: true }, take: BATCH,
  });
  for (const { id } of strandeds) if (await advanceConsultationIfDelivered(id, now)) result.advanced++;
  return result;
}
