/**
 * When a waiting patient can expect a clinician: their place in the queue
 * divided by how fast clinicians have been taking cases of this type lately,
 * never later than the SLA deadline. Pure; `now` is an input.
 */
export interface EtaInput {
  now: Date;
  slaDueAt: Date | null;
  /** 1 = next in line; null when the case is no longer waiting in the queue. */
  queuePosition: number | null;
  /** Cases of this type taken per hour recently (throughput). */
  takenPerHour: number;
}

/** At least one case every two hours is assumed, so an idle night never shows an infinite wait. */
const MIN_THROUGHPUT_PER_HOUR = 0.5;

export function estimateResponse(i: EtaInput): { expectedAt: Date | null; basis: "queue" | "sla" } {
  if (i.queuePosition === null) return { expectedAt: i.slaDueAt, basis: "sla" };
  const perHour = Math.max(MIN_THROUGHPUT_PER_HOUR, i.takenPerHour);
  const eta = new Date(i.now.getTime() + (i.queuePosition / perHour) * 3_600_000);
  if (i.slaDueAt && i.slaDueAt < eta) return { expectedAt: i.slaDueAt, basis: "sla" };
  return { expectedAt: eta, basis: "queue" };
}
