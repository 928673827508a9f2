/**
 * Working codes for presentations the offline engine must not "diagnose": when triage found an
 * emergency red flag, the primary code describes the presenting problem (ICD-10-CM chapter R
 * symptom codes where one fits) with low confidence, and the plan is emergency care. Also the
 * fallback code per consultation type when nothing in the knowledge table matches.
 */
export interface WorkingCode {
  code: string;
  description: string;
}

/** Keyed by red-flag category id (lib/triage/data/red-flags.json). */
export const RED_FLAG_CODES: Record<string, WorkingCode> = {
  acs_chest_pain: { code: "R07.9", description: "Chest pain, unspecified" },
  stroke: { code: "R29.818", description: "Other symptoms and signs involving the nervous system" },
  thunderclap_headache: { code: "R51.9", description: "Headache, unspecified" },
  respiratory_distress: { code: "R06.00", description: "Dyspnea, unspecified" },
  anaphylaxis: { code: "T78.2XXA", description: "Anaphylactic shock, unspecified, initial encounter" },
  self_harm: { code: "R45.851", description: "Suicidal ideations" },
  altered_consciousness: { code: "R41.82", description: "Altered mental status, unspecified" },
  severe_bleeding: { code: "R58", description: "Hemorrhage, not elsewhere classified" },
  sepsis_meningitis: { code: "R50.9", description: "Fever, unspecified" },
  obstetric: { code: "O26.899", description: "Other specified pregnancy related conditions, unspecified trimester" },
  fever_risk_group: { code: "R50.9", description: "Fever, unspecified" },
  pediatric: { code: "R68.89", description: "Other general symptoms and signs" },
  acute_abdomen_gu: { code: "R10.9", description: "Unspecified abdominal pain" },
  cauda_equina: { code: "G83.4", description: "Cauda equina syndrome" },
  metabolic: { code: "E86.0", description: "Dehydration" },
  head_injury: { code: "S09.90XA", description: "Unspecified injury of head, initial encounter" },
  pe_dvt: { code: "R06.00", description: "Dyspnea, unspecified" },
  hypertensive_emergency: { code: "I16.1", description: "Hypertensive emergency" },
};

export const FALLBACK_CODES: Record<string, WorkingCode> = {
  dermatology: { code: "L98.9", description: "Disorder of the skin and subcutaneous tissue, unspecified" },
  mental_health: { code: "F99", description: "Mental disorder, not otherwise specified" },
  womens_health: { code: "N94.9", description: "Unspecified condition associated with female genital organs and menstrual cycle" },
  default: { code: "R69", description: "Illness, unspecified" },
};
