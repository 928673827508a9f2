/**
 * Queue ordering key (higher first): emergencies, then risk level, then triage
 * score. SLA due time breaks ties in the query itself.
 */
import type { RiskLevel } from "./statuses";

const RISK_RANK: Record<RiskLevel, number> = { critical: 4, high: 3, moderate: 2, low: 1 };

export function queuePriority(risk: RiskLevel | null, triageScore: number | null, requiresSynchronousVisit: boolean): number {
  return (requiresSynchronousVisit ? 10_000 : 0) + (risk ? RISK_RANK[risk] * 1_000 : 0) + Math.max(0, Math.min(100, triageScore ?? 0));
}
