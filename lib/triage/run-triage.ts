/**
 * The automated triage engine: pure, deterministic, no I/O, no clock.
 * Callers parse input with `ZTriageInput` first (server/triage/*) and store
 * the whole result, including `ruleSetVersion`, with the consultation.
 *
 * Pipeline: NEWS2 from vitals (RCP 2017) → red flags from text (NegEx/ConText
 * over data/red-flags.json) → risk level = maximum of all rule floors →
 * urgency, synchronous-visit decision, 0-100 score and explanation.
 * Scoring rules are documented in lib/triage/README.md.
 */
import type { TRiskLevel, TTriageInput, TTriageResult } from "../schemas/triage";
import { assessRisk, RISK_RANK } from "./assess-risk";
import { findRedFlags } from "./find-red-flags";
import { TRIAGE_RULE_SET_VERSION } from "./rule-set-version";
import { scoreNews2, temperatureForNews2 } from "./score-news2";
import { RED_FLAG_DATA } from "./triage-data";

const URGENCY: Readonly<Record<TRiskLevel, TTriageResult["recommendedUrgency"]>> = {
  low: "routine",
  moderate: "medium",
  high: "high",
  critical: "urgent",
};
const DISPOSITION: Readonly<Record<TRiskLevel, string>> = {
  low: "routine asynchronous review",
  moderate: "asynchronous review with priority",
  high: "same-day synchronous visit",
  critical: "direct to emergency services; urgent synchronous contact",
};
/** Each level owns a 25-point slice of the 0-100 score, so the score never contradicts the level. */
const SCORE_FLOOR: Readonly<Record<TRiskLevel, number>> = { low: 0, moderate: 25, high: 50, critical: 75 };
const FLAG_POINTS = { moderate: 3, high: 6, critical: 10 } as const;

/** Triage one intake. `input` must already satisfy `ZTriageInput`. */
export function runTriage(input: TTriageInput): TTriageResult {
  const vitals = input.vitals;
  const news2 = scoreNews2(vitals, {
    ageYears: input.age,
    pregnant: input.pregnant,
    hypercapnicRespiratoryFailure: input.hypercapnicRespiratoryFailure,
  });
  const tempC = vitals ? temperatureForNews2(vitals) : null;
  const severeBp = RED_FLAG_DATA.vitalSignRules.severeHypertension;
  const redFlags = findRedFlags(input.symptoms, {
    ageYears: input.age,
    pregnant: input.pregnant === true,
    immunosuppressed: input.immunosuppressed === true,
    measuredFever: tempC !== null && tempC >= RED_FLAG_DATA.vitalSignRules.feverC,
    severeHypertension: (vitals?.systolic ?? 0) >= severeBp.systolic || (vitals?.diastolic ?? 0) >= severeBp.diastolic,
  });
  const { level, contributions, notes } = assessRisk(input, news2, redFlags);

  // Within a level's slice: more and worse flags, a higher NEWS2 and a higher
  // self-rating push the score up, capped at the slice's top.
  const points =
    redFlags.reduce((sum, flag) => sum + FLAG_POINTS[flag.severity], 0) + 2 * (news2?.total ?? 0) + (input.severity ?? 0);
  const triageScore = SCORE_FLOOR[level] + Math.min(level === "critical" ? 25 : 24, points);

  const reasons = [...contributions.map((c) => c.reason), ...notes];
  const requiresSynchronousVisit = RISK_RANK[level] >= RISK_RANK.high;
  const explanation = `Clinical risk ${level} (${DISPOSITION[level]}). Reasons: ${reasons.join(" ")}`;
  return {
    triageScore,
    clinicalRiskLevel: level,
    redFlags,
    news2,
    requiresSynchronousVisit,
    recommendedUrgency: URGENCY[level],
    explanation,
    reasons,
    ruleSetVersion: TRIAGE_RULE_SET_VERSION,
  };
}
