/**
 * Amount checks for one medication against one rule: per-dose and per-day maximums, doses
 * per day, and paediatric mg/kg limits (capped at the adult maximum, as the acetaminophen
 * and amoxicillin labels require). Any dose above a maximum blocks.
 * Sources: data/dose-limits.json (FDA-approved labeling, DailyMed, public domain).
 */
import { PEDIATRIC_AGE_BELOW, type DoseRule } from "./dose-rules";
import type { CheckNotes, Med } from "./types";
import type { TDoseIssue, TPatient } from "../schemas/medication-safety";

type Limit = { value: number; basis: string };

/** The lowest of the candidate limits (undefined entries ignored). */
function lowest(candidates: (Limit | undefined)[]): Limit | undefined {
  return candidates.filter((c): c is Limit => c !== undefined && Number.isFinite(c.value)).sort((a, b) => a.value - b.value)[0];
}

const mgLimit = (value: number | undefined, basis: string): Limit | undefined => (value === undefined ? undefined : { value, basis });
const round2 = (n: number) => Math.round(n * 100) / 100;
// Floating-point slack so 15 mg/kg x 13.3 kg = 199.5 mg is not "above" 199.5.
const above = (actual: number, limit: number) => actual > limit + 1e-9;

export function issue(med: Med, rule: DoseRule, partial: Omit<TDoseIssue, "id" | "drug" | "source">): TDoseIssue {
  return { id: `dose:${med.drug.name}:${partial.code}`, drug: med.drug.name, ...partial, source: rule.source };
}

/**
 * Per-dose / per-day / frequency checks for a single-ingredient medication (the caller
 * skips combination products, whose single doseMg cannot be split between ingredients).
 */
export function checkDoseAmount(med: Med, rule: DoseRule, patient: TPatient, notes: CheckNotes): TDoseIssue[] {
  const issues: TDoseIssue[] = [];
  const name = med.drug.name;
  const ped = patient.age < PEDIATRIC_AGE_BELOW ? rule.pediatric : undefined;
  if (ped?.minAgeMonths !== undefined && patient.age * 12 < ped.minAgeMonths) {
    issues.push(issue(med, rule, {
      code: "BELOW_MINIMUM_AGE", severity: "critical", blocking: true,
      message: `${name} is not labelled for infants younger than ${ped.minAgeMonths} months.`,
      limit: { value: ped.minAgeMonths / 12, unit: "years", basis: "label minimum age" },
      actual: { value: patient.age, unit: "years" },
    }));
  }
  const adult = rule.adult;
  if (!adult && !ped) return issues; // e.g. an adult and a paediatric-only (mg/kg) rule
  const weight = patient.weightKg;
  if (ped && weight === undefined) {
    notes.incomplete.push({ check: "doses", reason: "MISSING_WEIGHT", drug: name, message: `${name}: paediatric dosing is weight-based (mg/kg) and no weight was given.` });
  }
  const { doseMg, frequencyPerDay } = med.order;
  if (doseMg === undefined) {
    notes.warnings.push({ code: "DOSE_NOT_CHECKED", drug: name, message: `${name}: no dose given, so dose limits were not checked.` });
    return issues;
  }
  const byWeight = (perKg: number | undefined) => (perKg !== undefined && weight !== undefined ? round2(perKg * weight) : undefined);
  const perDose = lowest([
    mgLimit(adult?.maxMgPerDose, "adult maximum"),
    mgLimit(byWeight(ped?.mgPerKgPerDose), `${ped?.mgPerKgPerDose} mg/kg x ${weight} kg`),
  ]);
  const perDay = lowest([
    // Prescriber context: the prescription maximum, not the OTC one (see dose-limits.json notes).
    mgLimit(adult?.maxMgPerDay ?? adult?.rxMaxMgPerDay, "adult maximum"),
    mgLimit(byWeight(ped?.maxMgPerKgPerDay), `${ped?.maxMgPerKgPerDay} mg/kg/day x ${weight} kg`),
  ]);
  if (perDose && above(doseMg, perDose.value)) {
    issues.push(issue(med, rule, {
      code: "DOSE_ABOVE_MAX_PER_DOSE", severity: "critical", blocking: true,
      message: `${name} ${doseMg} mg per dose is above the maximum of ${perDose.value} mg (${perDose.basis}).`,
      limit: { value: perDose.value, unit: "mg", basis: perDose.basis }, actual: { value: doseMg, unit: "mg" },
    }));
  }
  if (frequencyPerDay === undefined) {
    if (perDay || ped?.maxDosesPerDay) notes.warnings.push({ code: "DOSE_NOT_CHECKED", drug: name, message: `${name}: no frequency given, so the daily maximum was not checked.` });
    return issues;
  }
  const daily = round2(doseMg * frequencyPerDay);
  if (perDay && above(daily, perDay.value)) {
    issues.push(issue(med, rule, {
      code: "DOSE_ABOVE_MAX_PER_DAY", severity: "critical", blocking: true,
      message: `${name} ${daily} mg/day is above the maximum of ${perDay.value} mg/day (${perDay.basis}).`,
      limit: { value: perDay.value, unit: "mg/day", basis: perDay.basis }, actual: { value: daily, unit: "mg/day" },
    }));
  }
  if (ped?.maxDosesPerDay !== undefined && above(frequencyPerDay, ped.maxDosesPerDay)) {
    issues.push(issue(med, rule, {
      code: "DOSES_PER_DAY_ABOVE_MAX", severity: "critical", blocking: true,
      message: `${name}: ${frequencyPerDay} doses a day is above the paediatric maximum of ${ped.maxDosesPerDay}.`,
      limit: { value: ped.maxDosesPerDay, unit: "doses/day", basis: "paediatric label" }, actual: { value: frequencyPerDay, unit: "doses/day" },
    }));
  }
  return issues;
}
