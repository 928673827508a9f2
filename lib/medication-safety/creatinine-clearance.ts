/**
 * Renal function for dose rules. Cockcroft DW, Gault MH, Nephron 1976;16:31-41:
 *   CrCl (mL/min) = (140 - age) x weight (kg) / (72 x serum creatinine (mg/dL)), x 0.85 if female.
 * A reported creatinine clearance always wins over the estimate.
 */
import doses from "./data/dose-limits.json";
import type { TPatient } from "../schemas/medication-safety";

const FEMALE_FACTOR = 0.85;
/** Sex "other"/"unknown"/absent: the lower (female) estimate is the conservative one. */
const UNKNOWN_SEX_FACTOR = doses.creatinineClearance.unknownSexFactor;
/** Cockcroft-Gault was derived in adults; children need a measured CrCl (or Schwartz eGFR). */
const MIN_AGE = doses.creatinineClearance.minAgeYears;

/** Unrounded Cockcroft-Gault estimate in mL/min (never negative). */
export function cockcroftGault(p: { age: number; weightKg: number; serumCreatinine: number; sex?: TPatient["sex"] }): number {
  const factor = p.sex === "male" ? 1 : p.sex === "female" ? FEMALE_FACTOR : UNKNOWN_SEX_FACTOR;
  return Math.max(0, ((140 - p.age) * p.weightKg * factor) / (72 * p.serumCreatinine));
}

export interface RenalFunction {
  /** mL/min rounded to 0.1, or null when it cannot be known. */
  creatinineClearance: number | null;
  method: "reported" | "cockcroft-gault" | "unavailable";
  /** Human-readable note: how it was estimated, or what is missing. */
  note: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Reported CrCl, else a Cockcroft-Gault estimate, else "unavailable" with the reason. */
export function resolveCreatinineClearance(patient: TPatient): RenalFunction {
  if (patient.creatinineClearance !== undefined) {
    return { creatinineClearance: round1(patient.creatinineClearance), method: "reported", note: "reported creatinine clearance" };
  }
  const { age, weightKg, serumCreatinine, sex } = patient;
  const missing = [weightKg === undefined && "weight", serumCreatinine === undefined && "serum creatinine"].filter(Boolean);
  if (missing.length || age < MIN_AGE) {
    const why = age < MIN_AGE ? `Cockcroft-Gault is not used under ${MIN_AGE} years` : `missing ${missing.join(" and ")}`;
    return { creatinineClearance: null, method: "unavailable", note: `creatinine clearance unknown (${why})` };
  }
  const value = round1(cockcroftGault({ age, weightKg: weightKg!, serumCreatinine: serumCreatinine!, sex }));
  const sexNote = sex === "male" || sex === "female" ? sex : "sex not stated: female factor 0.85 applied";
  return {
    creatinineClearance: value,
    method: "cockcroft-gault",
    note: `CrCl ${value} mL/min estimated by Cockcroft-Gault (age ${age}, ${weightKg} kg, SCr ${serumCreatinine} mg/dL, ${sexNote}); labels that use eGFR are applied to this CrCl`,
  };
}
