/**
 * The offline engine's assessment: the best-scoring condition of the knowledge table, unless
 * triage found an emergency red flag, in which case the working code is the presenting problem
 * (chest pain, dyspnoea…) with low confidence. Confidence is a transparent heuristic of the
 * keyword evidence (0.5 + 0.1 per point up to 4 points, minus a share of the runner-up's score),
 * lowered by high-severity red flags or high triage risk, and never above 0.92: no examination
 * happened. Deterministic.
 */
import type { TAssessmentOutput } from "../../schemas/ai";
import type { AiContext } from "../ai-context";
import { matchConditions, type ConditionMatch } from "./match-conditions";
import { FALLBACK_CODES, RED_FLAG_CODES } from "./red-flag-codes";

const round = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number) => Math.min(0.92, Math.max(0.2, n));

type RedFlag = NonNullable<AiContext["triage"]>["redFlags"][number];

/** The most serious red flag that calls for emergency care (critical), if any. */
export function emergencyFlag(ctx: AiContext): RedFlag | undefined {
  return ctx.triage?.redFlags.find((f) => f.severity === "critical" && f.certainty === "affirmed")
    ?? ctx.triage?.redFlags.find((f) => f.severity === "critical");
}

function evidenceConfidence(top: ConditionMatch, next?: ConditionMatch): number {
  return 0.5 + 0.1 * Math.min(top.score, 4) - (next ? 0.15 * (next.score / top.score) : 0);
}

function triageLine(ctx: AiContext): string {
  const t = ctx.triage;
  if (!t) return "No triage result.";
  const news2 = t.news2 ? `NEWS2 ${t.news2.total} (${t.news2.band}${t.news2.complete ? "" : `; incomplete, missing ${t.news2.missing.join(", ")}`})` : "no NEWS2 (no vital signs)";
  const flags = t.redFlags.length ? `Red flags: ${t.redFlags.map((f) => `${f.label} (${f.severity}${f.certainty === "possible" ? ", possible" : ""})`).join("; ")}.` : "No red flags.";
  return `Triage: ${t.riskLevel} risk, score ${t.triageScore}; ${news2}. ${flags}`;
}

const quote = (xs: string[]) => xs.map((x) => `“${x}”`).join(", ");

export function offlineAssessment(ctx: AiContext): TAssessmentOutput {
  const matches = matchConditions(ctx);
  const [top, next] = matches;
  const emergency = emergencyFlag(ctx);
  const triage = triageLine(ctx);
  const caveat = "Confidence reflects keyword evidence only (offline rules, no language model, no examination).";

  if (emergency) {
    const working = RED_FLAG_CODES[emergency.category] ?? FALLBACK_CODES.default!;
    const confidence = emergency.certainty === "affirmed" ? 0.5 : 0.4;
    return {
      primaryDiagnosis: { icd10Code: working.code, description: working.description, confidence },
      alternatives: matches.slice(0, 3).map((m) => ({ icd10Code: m.condition.code, description: m.condition.description, confidence: round(Math.min(0.35, 0.1 * m.score)) })),
      recommendsProviderReview: true,
      reasoning: `Emergency red flag: ${emergency.label}. The working code describes the presenting problem, not a confirmed diagnosis; arrange emergency assessment now. ${triage} ${caveat}`,
    };
  }

  if (!top) {
    const fallback = FALLBACK_CODES[ctx.consultation.consultationType] ?? FALLBACK_CODES.default!;
    return {
      primaryDiagnosis: { icd10Code: fallback.code, description: fallback.description, confidence: 0.3 },
      alternatives: [],
      recommendsProviderReview: true,
      reasoning: `No condition in the offline knowledge table matched the patient's description. ${triage} ${caveat}`,
    };
  }

  let confidence = evidenceConfidence(top, next);
  if (ctx.triage?.redFlags.some((f) => f.severity === "high")) confidence *= 0.8;
  if (ctx.triage?.riskLevel === "high" || ctx.triage?.riskLevel === "critical") confidence *= 0.85;
  confidence = round(clamp(confidence));
  const against = top.against.length ? ` Against: ${quote(top.against)}.` : "";
  return {
    primaryDiagnosis: { icd10Code: top.condition.code, description: top.condition.description, confidence },
    alternatives: matches.slice(1, 4).map((m) => ({ icd10Code: m.condition.code, description: m.condition.description, confidence: round(clamp(confidence * (m.score / top.score) * 0.7)) })),
    recommendsProviderReview: confidence < 0.85,
    reasoning: `Matched ${top.condition.description} on ${quote(top.evidence)}.${against} ${triage} ${caveat}`,
  };
}
