/**
 * When a second clinician must review the plan before it reaches the patient.
 * Pure; the caller supplies the facts. Any trigger makes peer review mandatory.
 */
import type { RiskLevel } from "../consultations/statuses";

export const AI_CONFIDENCE_THRESHOLD = 0.75;

export type PeerReviewTrigger = "high_risk" | "low_ai_confidence" | "ai_deviation" | "unusual_case";

export interface PeerReviewFacts {
  riskLevel: RiskLevel | null;
  /** Confidence of the AI's primary diagnosis, when an AI assessment exists. */
  aiConfidence?: number | null;
  aiPrimaryCode?: string | null;
  providerPrimaryCode?: string | null;
  /** Flagged unusual, e.g. a controlled substance is prescribed. */
  flaggedUnusual: boolean;
}

export const TRIGGER_LABELS: Record<PeerReviewTrigger, string> = {
  high_risk: "high or critical risk",
  low_ai_confidence: `AI confidence below ${AI_CONFIDENCE_THRESHOLD}`,
  ai_deviation: "the diagnosis differs from the AI's primary diagnosis",
  unusual_case: "the case is flagged unusual (e.g. a controlled substance)",
};

export function peerReviewTriggers(f: PeerReviewFacts): PeerReviewTrigger[] {
  const t: PeerReviewTrigger[] = [];
  if (f.riskLevel === "high" || f.riskLevel === "critical") t.push("high_risk");
  if (typeof f.aiConfidence === "number" && f.aiConfidence < AI_CONFIDENCE_THRESHOLD) t.push("low_ai_confidence");
  if (f.aiPrimaryCode && f.providerPrimaryCode && normalizeIcd(f.aiPrimaryCode) !== normalizeIcd(f.providerPrimaryCode)) t.push("ai_deviation");
  if (f.flaggedUnusual) t.push("unusual_case");
  return t;
}

/** ICD-10 codes compared at category level with punctuation removed (J02.9 ~ J029). */
function normalizeIcd(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
