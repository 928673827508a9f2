/**
 * Combines red flags, NEWS2 and patient modifiers into one clinical risk
 * level. Every rule only ever raises the level (the result is the maximum of
 * all contributions), so a missing input can never lower risk.
 *
 * NEWS2 mapping follows the telehealth suggestion in data/news2.json (a
 * project mapping, not part of RCP NEWS2): >=7 critical, 5-6 high, any single
 * red score (3) high, 1-4 no constraint.
 */
import type { TNews2Result, TRedFlag, TRiskLevel, TTriageInput } from "../schemas/triage";
import { temperatureForNews2 } from "./score-news2";
import { RED_FLAG_DATA } from "./triage-data";

export interface TRiskContribution {
  level: TRiskLevel;
  reason: string;
}

export interface TRiskAssessment {
  level: TRiskLevel;
  /** Rules that set a floor, most severe first. */
  contributions: TRiskContribution[];
  /** Context that set no floor but a clinician should read (missing vitals, applicability). */
  notes: string[];
}

export const RISK_RANK: Readonly<Record<TRiskLevel, number>> = { low: 0, moderate: 1, high: 2, critical: 3 };
const RULES = RED_FLAG_DATA.vitalSignRules;
/** ACVPU below "voice": an async visit cannot serve a patient who responds only to voice or pain, or not at all. */
const REDUCED_RESPONSIVENESS = new Set(["voice", "pain", "unresponsive"]);
/** Self-rated severity at or above this nudges risk to at least moderate. */
export const SEVERE_SELF_RATING = 7;

function news2Contributions(news2: TNews2Result | null, out: TRiskContribution[], notes: string[]): void {
  if (!news2) {
    notes.push("Vitals were not provided; NEWS2 was not calculated.");
    return;
  }
  const partial = news2.complete ? "" : " (partial)";
  const total = `NEWS2 ${news2.total}${partial}`;
  if (news2.total >= 7) out.push({ level: "critical", reason: `${total}: high clinical risk (RCP 2017), emergency assessment.` });
  else if (news2.total >= 5) out.push({ level: "high", reason: `${total}: medium clinical risk (RCP 2017), urgent review.` });
  if (news2.hasRedScore && news2.total < 7) {
    const red = Object.entries(news2.subscores).filter(([, s]) => s === 3).map(([p]) => p);
    out.push({ level: "high", reason: `NEWS2 red score (3) in ${red.join(", ")}: urgent clinical review.` });
  }
  if (news2.total < 5 && !news2.hasRedScore) notes.push(`${total}: low clinical risk band.`);
  if (!news2.complete) {
    const missing = news2.missing.join(", ");
    notes.push(`NEWS2 incomplete: ${missing} not provided; the partial total is a lower bound and gives no reassurance.`);
  }
  notes.push(...news2.notApplicableReasons);
}

function vitalContributions(input: TTriageInput, out: TRiskContribution[]): void {
  const vitals = input.vitals ?? {};
  if (vitals.consciousness && REDUCED_RESPONSIVENESS.has(vitals.consciousness)) {
    out.push({ level: "critical", reason: `Consciousness '${vitals.consciousness}' (ACVPU): emergency assessment.` });
  }
  const tempC = temperatureForNews2(vitals);
  if (tempC !== null && tempC >= RULES.feverC) {
    // AAP 2021 / NICE NG143: 0-3 months with >= 38 °C is high risk (red);
    // 3-6 months with >= 39 °C is intermediate (amber).
    const fever = `Fever ${tempC} °C`;
    if (input.age < RULES.infantFeverMaxAgeYears) {
      out.push({ level: "critical", reason: `${fever} in an infant under 3 months (AAP 2021, NICE NG143).` });
    } else if (input.age < RULES.youngInfantHighFeverMaxAgeYears && tempC >= RULES.youngInfantHighFeverC) {
      out.push({ level: "high", reason: `${fever} at age 3-6 months (NICE NG143 amber).` });
    }
    if (input.immunosuppressed) {
      out.push({ level: "high", reason: `${fever} while immunosuppressed (possible neutropenic sepsis, NICE CG151).` });
    }
    if (input.pregnant) out.push({ level: "high", reason: `${fever} in pregnancy (CDC urgent maternal warning sign).` });
    if (input.age >= RULES.olderAdultMinAgeYears) out.push({ level: "moderate", reason: `${fever} at age ${input.age}.` });
  }
  const { systolic = 0, diastolic = 0 } = vitals;
  const bp = `${vitals.systolic ?? "?"}/${vitals.diastolic ?? "?"} mmHg`;
  if (input.pregnant) {
    // ACOG PB 222 (2020): >=160/110 is severe-range, >=140/90 hypertensive.
    const severe = RULES.pregnancySevereHypertension;
    const raised = RULES.pregnancyHypertension;
    if (systolic >= severe.systolic || diastolic >= severe.diastolic) {
      out.push({ level: "critical", reason: `Severe-range blood pressure in pregnancy (${bp}; ACOG PB 222).` });
    } else if (systolic >= raised.systolic || diastolic >= raised.diastolic) {
      out.push({ level: "high", reason: `Raised blood pressure in pregnancy (${bp}; possible preeclampsia).` });
    }
  }
  const severe = RULES.severeHypertension;
  if (systolic >= severe.systolic || diastolic >= severe.diastolic) {
    out.push({ level: "moderate", reason: `Severe-range blood pressure (${bp}); with symptoms this is a hypertensive emergency.` });
  }
}

function patientContributions(input: TTriageInput, redFlags: readonly TRedFlag[], out: TRiskContribution[]): void {
  const severity = input.severity;
  if (severity !== undefined && severity >= SEVERE_SELF_RATING) {
    out.push({ level: "moderate", reason: `Self-rated severity ${severity}/10.` });
    // "Severe abdominal pain in pregnancy": the patient's own rating counts as severe.
    if (redFlags.some((f) => f.code === "obstetric_abdominal_pain")) {
      out.push({ level: "critical", reason: `Abdominal pain in pregnancy rated ${severity}/10 (severe).` });
    }
  }
  if (input.age < RULES.infantFeverMaxAgeYears) {
    out.push({ level: "moderate", reason: "Infant under 3 months: needs a clinician's review, not routine handling." });
  }
}

/** Clinical risk level and the reasons behind it. */
export function assessRisk(input: TTriageInput, news2: TNews2Result | null, redFlags: readonly TRedFlag[]): TRiskAssessment {
  const contributions: TRiskContribution[] = redFlags.map((flag) => ({
    level: flag.severity,
    reason:
      `Red flag (${flag.severity}): ${flag.label} — "${flag.evidence.text}"` +
      (flag.certainty === "possible" ? " (reported as possible)." : "."),
  }));
  const notes: string[] = [];
  news2Contributions(news2, contributions, notes);
  vitalContributions(input, contributions);
  patientContributions(input, redFlags, contributions);
  if (redFlags.length === 0) notes.unshift("No red flags found in the reported symptoms.");
  if (redFlags.some((f) => f.category === "self_harm")) {
    notes.unshift("Crisis pathway: in the US call or text 988; call 911 if in immediate danger.");
  }
  contributions.sort((a, b) => RISK_RANK[b.level] - RISK_RANK[a.level]);
  const level = contributions[0]?.level ?? "low";
  return { level, contributions, notes };
}
