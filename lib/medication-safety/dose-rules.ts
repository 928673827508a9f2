/**
 * Dose, renal, age and pregnancy rules compiled once at load from data/dose-limits.json.
 * Sources per rule (`source` field): FDA-approved labeling and Drug Safety Communications
 * (DailyMed, public domain); 2023 AGS Beers Criteria (restated facts); Cockcroft-Gault 1976.
 * The list is deliberately small: a drug with no rule is "no rule", never "safe".
 */
import doses from "./data/dose-limits.json";
import { DDI_CLASSES } from "./drug-classes";
import type { Level } from "./allergy-rules";
import type { TDoseIssue } from "../schemas/medication-safety";

export type Severity = TDoseIssue["severity"];

export interface Band {
  below?: number;
  atLeast?: number;
  level: Exclude<Level, "none">;
  severity?: Severity;
  message?: string;
  maxMgPerDose?: number;
  maxDosesPerDay?: number;
}

export interface DoseRule {
  type: string;
  drugs: Set<string>;
  text: string;
  message?: string;
  severity?: Severity;
  source: string;
  adult?: { maxMgPerDose?: number; maxMgPerDay?: number; rxMaxMgPerDay?: number };
  pediatric?: { mgPerKgPerDose?: number; maxMgPerKgPerDay?: number; maxDosesPerDay?: number; minAgeMonths?: number };
  crclBands?: Band[];
  ageBands?: Band[];
  pregnancyLevel?: Exclude<Level, "none">;
  beers: boolean;
}

type RuleData = Omit<DoseRule, "drugs" | "text" | "beers"> & {
  drug?: string;
  drugs?: string[];
  drugClass?: string;
  alsoDrugs?: string[];
  alsoClasses?: string[];
  exceptDrugs?: string[];
  rule?: string;
  notes?: string;
  beers?: boolean;
};

function drugsOf(rule: RuleData): Set<string> {
  const out = new Set<string>();
  for (const d of [rule.drug, ...(rule.drugs ?? []), ...(rule.alsoDrugs ?? [])]) if (d) out.add(d.toLowerCase());
  for (const cls of [rule.drugClass, ...(rule.alsoClasses ?? [])]) {
    if (!cls) continue;
    const members = DDI_CLASSES.get(cls)?.members;
    if (!members) throw new Error(`dose rule for ${cls}: unknown class`);
    members.forEach((m) => out.add(m));
  }
  for (const d of rule.exceptDrugs ?? []) out.delete(d.toLowerCase());
  return out;
}

function compile(rule: RuleData): DoseRule {
  // Renal bands are tested lowest threshold first, so the most severe band wins.
  const crclBands = rule.crclBands ? [...rule.crclBands].sort((a, b) => (a.below ?? 0) - (b.below ?? 0)) : undefined;
  return {
    type: rule.type,
    drugs: drugsOf(rule),
    text: rule.rule ?? rule.notes ?? "",
    message: rule.message,
    severity: rule.severity,
    source: rule.source,
    adult: rule.adult,
    pediatric: rule.pediatric,
    crclBands,
    ageBands: rule.ageBands,
    pregnancyLevel: rule.pregnancyLevel,
    beers: rule.beers === true,
  };
}

/** Every dose rule, in data order. */
export const DOSE_RULES: readonly DoseRule[] = (doses.rules as RuleData[]).map(compile);

const BY_KEY = new Map<string, DoseRule[]>();
for (const rule of DOSE_RULES) for (const key of rule.drugs) BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), rule]);

/** Rules that apply to a medication's keys (product + ingredients), without duplicates. */
export function doseRulesFor(keys: readonly string[]): DoseRule[] {
  return [...new Set(keys.flatMap((k) => BY_KEY.get(k) ?? []))];
}

/** Age below which paediatric (mg/kg) limits apply. */
export const PEDIATRIC_AGE_BELOW: number = doses.pediatricAgeBelow;
/** Age range in which pregnancy status is needed for a "block" pregnancy rule. */
export const PREGNANCY_POTENTIAL_AGE: { min: number; max: number } = doses.pregnancyPotentialAge;
