/**
 * SLA clock. Targets per urgency (defaults; the SlaPolicy table overrides).
 * The clock starts at triage, pauses while waiting on the patient
 * (requires_info) and stops at completion or cancellation. Pure: `now` is an input.
 */
import type { Urgency } from "../consultations/statuses";

export const DEFAULT_SLA_MINUTES: Record<Urgency, number> = {
  urgent: 30,
  high: 120,
  medium: 480,
  routine: 1440,
};

/** A case is "at risk" when less than this share of its SLA window is left. */
export const AT_RISK_FRACTION = 0.2;

export function slaDueAt(startedAt: Date, urgency: Urgency, targets: Record<Urgency, number> = DEFAULT_SLA_MINUTES): Date {
  return new Date(startedAt.getTime() + targets[urgency] * 60_000);
}

/** Whole minutes between two instants (rounded down, never negative). */
export function minutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
}

/** Due date pushed back by a pause that ran from `pausedAt` to `now`. */
export function resumeAfterPause(dueAt: Date, pausedAt: Date, now: Date): { dueAt: Date; pausedMinutes: number } {
  const pausedMs = Math.max(0, now.getTime() - pausedAt.getTime());
  return { dueAt: new Date(dueAt.getTime() + pausedMs), pausedMinutes: Math.floor(pausedMs / 60_000) };
}

export function minutesLeft(dueAt: Date, now: Date): number {
  return Math.floor((dueAt.getTime() - now.getTime()) / 60_000);
}

export function isAtRisk(dueAt: Date, urgency: Urgency, now: Date, targets = DEFAULT_SLA_MINUTES): boolean {
  const left = dueAt.getTime() - now.getTime();
  return left > 0 && left < targets[urgency] * 60_000 * AT_RISK_FRACTION;
}
