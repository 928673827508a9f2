/**
 * Prescription life cycle (Prescription.status):
 *   approved → sending → sent            (electronic order accepted by the pharmacy)
 *                      → manual → phoned_in   (pharmacist phoned it in after the gateway failed)
 *                               → approved    (pharmacist pressed Resend)
 * "filled" and "cancelled" are reserved for pharmacy feedback and withdrawal.
 */
import type { PrescriptionStatus } from "../schemas/prescriptions";

/** The pharmacy has the order: nothing more to send. */
export const DELIVERED_STATUSES: readonly PrescriptionStatus[] = ["sent", "phoned_in", "filled"];

/** Still on its way to the pharmacy (the pharmacy job or a pharmacist owns it). */
export const IN_FLIGHT_STATUSES: readonly PrescriptionStatus[] = ["approved", "sending", "manual"];

/** Statuses in which the patient is (or will soon be) taking the drug. */
export const ACTIVE_STATUSES: readonly PrescriptionStatus[] = [...IN_FLIGHT_STATUSES, ...DELIVERED_STATUSES];

/** Without a course length, a prescription counts as current for this long. */
export const DEFAULT_ACTIVE_DAYS = 90;
/** Grace after the end of a course (late starts, refills being picked up). */
const GRACE_DAYS = 7;

/**
 * Is an earlier prescription still something the patient takes? Used to add other active
 * prescriptions to the current-medication list of a new safety check.
 */
export function isPrescriptionActive(
  rx: { status: string; approvedAt: Date | null; durationDays: number | null; refills: number },
  now: Date,
): boolean {
  if (!(ACTIVE_STATUSES as readonly string[]).includes(rx.status) || !rx.approvedAt) return false;
  const days = rx.durationDays ? rx.durationDays * (1 + rx.refills) + GRACE_DAYS : DEFAULT_ACTIVE_DAYS;
  return now.getTime() - rx.approvedAt.getTime() <= days * 86_400_000;
}

/** Plain words for staff screens. */
export const PRESCRIPTION_STATUS_LABELS: Record<PrescriptionStatus, string> = {
  draft: "Draft",
  approved: "Approved, queued to send",
  sending: "Sending to pharmacy",
  sent: "Sent to pharmacy",
  manual: "Pharmacist handling (not sent electronically)",
  filled: "Filled",
  phoned_in: "Phoned in by pharmacist",
  cancelled: "Cancelled",
};

export function prescriptionStatusLabel(status: string): string {
  return (PRESCRIPTION_STATUS_LABELS as Record<string, string>)[status] ?? status;
}
