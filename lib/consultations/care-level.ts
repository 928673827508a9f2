/**
 * Which NHS-style care card a patient sees for their triaged request:
 * - "emergency" (immediate action): the consultation was escalated, or triage
 *   found critical risk. The engine routes these to emergency services.
 * - "urgent": high or urgent urgency, or a same-day live visit is needed
 *   (lib/triage/README.md: high risk → synchronous visit *same day*, not 911).
 * - "routine": everything else once triaged.
 * null: not triaged yet, or finished (completed/cancelled), where the card no
 * longer applies. Pure; the patient's own view of the consultation is enough.
 */
import type { ConsultationStatus } from "./statuses";

export type CareLevel = "emergency" | "urgent" | "routine";

export interface CareFacts {
  status: ConsultationStatus;
  urgency: string | null;
  clinicalRiskLevel: string | null;
  requiresSynchronousVisit: boolean;
}

export function careLevel(c: CareFacts): CareLevel | null {
  if (c.status === "completed" || c.status === "cancelled") return null;
  if (c.status === "escalated" || c.clinicalRiskLevel === "critical") return "emergency";
  if (c.status === "pending") return null;
  if (c.urgency === "urgent" || c.urgency === "high" || c.requiresSynchronousVisit) return "urgent";
  return "routine";
}
