/**
 * The parcel-tracker view of a consultation: what has happened (from the
 * state history, oldest first), where it is now, and the usual steps still to
 * come. Side trips (a question for the patient, a second opinion, the
 * prescription) appear when they happen; they are not promised in advance.
 */
import type { ConsultationStatus } from "./statuses";

export interface TimelineStep {
  status: ConsultationStatus;
  at: string | null;
  state: "done" | "current" | "upcoming";
}

/** The usual path; statuses between review and completion count as "in review" for what is still to come. */
const USUAL_PATH: ConsultationStatus[] = ["pending", "triaged", "assigned", "in_review", "completed"];
const STAGE: Partial<Record<ConsultationStatus, number>> = {
  pending: 0, triaged: 1, assigned: 2, in_review: 3, requires_info: 3, requires_peer_review: 3, prescription_pending: 3, prescription_sent: 3, completed: 4,
};
/** Nothing usual follows these: the journey ended or left the online path. */
const NO_UPCOMING: ConsultationStatus[] = ["completed", "cancelled", "escalated"];

export function buildTimeline(history: { toStatus: ConsultationStatus; createdAt: string }[], current: ConsultationStatus): TimelineStep[] {
  const happened: { status: ConsultationStatus; at: string | null }[] = history.map((h) => ({ status: h.toStatus, at: h.createdAt }));
  if (happened.at(-1)?.status !== current) happened.push({ status: current, at: null });
  const steps: TimelineStep[] = happened.map((h, i) => ({ ...h, state: i === happened.length - 1 ? "current" : "done" }));
  if (NO_UPCOMING.includes(current)) return steps;
  // A release back to the queue (assigned → triaged) must not hide steps: use the current stage, not the furthest.
  const stage = STAGE[current] ?? 0;
  for (const s of USUAL_PATH.slice(stage + 1)) steps.push({ status: s, at: null, state: "upcoming" });
  return steps;
}
