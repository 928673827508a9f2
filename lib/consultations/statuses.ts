/** Consultation states (mirrors the ConsultationStatus enum in prisma/schema.prisma). */
export const CONSULTATION_STATUSES = [
  "pending",
  "triaged",
  "assigned",
  "in_review",
  "requires_info",
  "requires_peer_review",
  "prescription_pending",
  "prescription_sent",
  "completed",
  "cancelled",
  "escalated",
] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const TERMINAL_STATUSES: readonly ConsultationStatus[] = ["completed", "cancelled"];

/** Statuses whose SLA clock is still running (everything not terminal). */
export const OPEN_STATUSES: readonly ConsultationStatus[] = CONSULTATION_STATUSES.filter(
  (s) => !TERMINAL_STATUSES.includes(s),
);

export const URGENCIES = ["urgent", "high", "medium", "routine"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const RISK_LEVELS = ["low", "moderate", "high", "critical"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
