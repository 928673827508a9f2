/**
 * Dose check for proposed drugs: amounts (check-dose-amount.ts), renal bands on creatinine
 * clearance, age bands (paediatric contraindications, AGS Beers Criteria 2023 at >= 65) and
 * pregnancy. Missing patient data that a rule needs is reported as an incomplete check,
 * never passed silently. Sources: data/dose-limits.json (FDA labeling; AGS Beers 2023).
 */
import { checkDoseAmount, issue } from "./check-dose-amount";
import { doseRulesFor, PREGNANCY_POTENTIAL_AGE, type Band, type DoseRule } from "./dose-rules";
import type { RenalFunction } from "./creatinine-clearance";
import { emptyNotes, type CheckNotes, type Med } from "./types";
import type { TDoseIssue, TPatient } from "../schemas/medication-safety";

const severityOf = (band: Pick<Band, "level" | "severity">, rule: DoseRule) =>
  band.level === "block" ? "critical" : (band.severity ?? rule.severity ?? "major");

function renalIssues(med: Med, rule: DoseRule, renal: RenalFunction, amountApplies: boolean, notes: CheckNotes): TDoseIssue[] {
  const name = med.drug.name;
  const crcl = renal.creatinineClearance;
  if (crcl === null) {
    notes.incomplete.push({ check: "doses", reason: "MISSING_RENAL_FUNCTION", drug: name, message: `${name} needs renal dosing: ${renal.note}.` });
    return [];
  }
  const band = rule.crclBands!.find((b) => b.below !== undefined && crcl < b.below);
  if (!band) return [];
  const out = [issue(med, rule, {
    code: band.level === "block" ? "RENAL_CONTRAINDICATION" : "RENAL_DOSE_ADJUSTMENT",
    severity: severityOf(band, rule), blocking: band.level === "block",
    message: `${name}: ${band.message ?? rule.text} (CrCl ${crcl} mL/min, ${renal.method}).`,
    limit: { value: band.below!, unit: "mL/min", basis: "creatinine clearance threshold" },
    actual: { value: crcl, unit: "mL/min" },
  })];
  const { doseMg, frequencyPerDay } = med.order;
  if (amountApplies && band.maxMgPerDose !== undefined && doseMg !== undefined && doseMg > band.maxMgPerDose) {
    out.push(issue(med, rule, {
      code: "DOSE_ABOVE_MAX_PER_DOSE", severity: "critical", blocking: true,
      message: `${name} ${doseMg} mg per dose is above the renal maximum of ${band.maxMgPerDose} mg at CrCl ${crcl} mL/min.`,
      limit: { value: band.maxMgPerDose, unit: "mg", basis: "renal adjustment" }, actual: { value: doseMg, unit: "mg" },
    }));
  }
  if (amountApplies && band.maxDosesPerDay !== undefined && frequencyPerDay !== undefined && frequencyPerDay > band.maxDosesPerDay) {
    out.push(issue(med, rule, {
      code: "DOSES_PER_DAY_ABOVE_MAX", severity: "critical", blocking: true,
      message: `${name}: ${frequencyPerDay} doses a day is above the renal maximum of ${band.maxDosesPerDay} at CrCl ${crcl} mL/min.`,
      limit: { value: band.maxDosesPerDay, unit: "doses/day", basis: "renal adjustment" }, actual: { value: frequencyPerDay, unit: "doses/day" },
    }));
  }
  return out;
}

function ageIssues(med: Med, rule: DoseRule, age: number): TDoseIssue[] {
  const band = rule.ageBands!.find((b) => (b.below !== undefined && age < b.below) || (b.atLeast !== undefined && age >= b.atLeast));
  if (!band) return [];
  const code = rule.beers ? "BEERS_CRITERIA" : band.level === "block" ? "AGE_CONTRAINDICATION" : "AGE_CAUTION";
  return [issue(med, rule, {
    code, severity: severityOf(band, rule), blocking: band.level === "block",
    message: `${med.drug.name}: ${band.message ?? rule.text}${rule.beers ? " (AGS Beers Criteria 2023)" : ""}.`,
    limit: { value: (band.below ?? band.atLeast)!, unit: "years", basis: band.below !== undefined ? "minimum age" : "age at or above" },
    actual: { value: age, unit: "years" },
  })];
}

function pregnancyIssues(med: Med, rule: DoseRule, patient: TPatient, notes: CheckNotes): TDoseIssue[] {
  const level = rule.pregnancyLevel!;
  const name = med.drug.name;
  if (patient.pregnant === undefined) {
    const couldBePregnant = patient.sex !== "male" && patient.age >= PREGNANCY_POTENTIAL_AGE.min && patient.age <= PREGNANCY_POTENTIAL_AGE.max;
    if (level === "block" && couldBePregnant) {
      notes.incomplete.push({ check: "doses", reason: "MISSING_PREGNANCY_STATUS", drug: name, message: `${name} is contraindicated in pregnancy and pregnancy status was not given.` });
    }
    return [];
  }
  if (!patient.pregnant) return [];
  return [issue(med, rule, {
    code: level === "block" ? "PREGNANCY_CONTRAINDICATION" : "PREGNANCY_CAUTION",
    severity: severityOf({ level, severity: rule.severity }, rule), blocking: level === "block",
    message: `${name}: ${rule.message ?? rule.text}.`,
  })];
}

/** Dose issues of the proposed drugs (current drugs are not re-dosed here). */
export function checkDoses(proposed: readonly Med[], patient: TPatient, renal: RenalFunction): { issues: TDoseIssue[]; notes: CheckNotes } {
  const notes = emptyNotes();
  const byId = new Map<string, TDoseIssue>();
  for (const med of proposed) {
    if (!med.drug.known) continue;
    // One doseMg cannot be split across a combination's ingredients: amounts are only
    // checked for single-ingredient drugs or rules written for the product itself.
    const singleIngredient = med.drug.ingredients.length === 1;
    for (const rule of doseRulesFor(med.drug.keys)) {
      const amountApplies = singleIngredient || rule.drugs.has(med.drug.keys[0]);
      const found: TDoseIssue[] = [];
      if (rule.adult || rule.pediatric) {
        if (amountApplies) found.push(...checkDoseAmount(med, rule, patient, notes));
        else if (med.order.doseMg !== undefined) {
          notes.warnings.push({ code: "DOSE_NOT_CHECKED", drug: med.drug.name, message: `${med.drug.name}: the dose of a combination product is not checked against single-ingredient limits.` });
        }
      }
      if (rule.crclBands) found.push(...renalIssues(med, rule, renal, amountApplies, notes));
      if (rule.ageBands) found.push(...ageIssues(med, rule, patient.age));
      if (rule.pregnancyLevel) found.push(...pregnancyIssues(med, rule, patient, notes));
      for (const f of found) if (!byId.has(f.id) || (f.blocking && !byId.get(f.id)!.blocking)) byId.set(f.id, f);
    }
  }
  const issues = [...byId.values()].sort((x, y) => Number(y.blocking) - Number(x.blocking) || x.id.localeCompare(y.id));
  return { issues, notes };
}
