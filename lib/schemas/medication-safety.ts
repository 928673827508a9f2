/**
 * Zod contracts for the medication-safety check (lib/medication-safety). The input schema is
 * what forms, actions and the API parse; the result schema documents (and in tests verifies)
 * the engine's output for OpenAPI.
 */
import { z } from "zod";

const ZDrugText = z.string().trim().min(1).max(200);

export const ZMedicationOrder = z
  .strictObject({
    name: ZDrugText.describe('Drug as entered: generic or brand, strength/form words allowed ("Zocor 40 mg tablet daily")'),
    doseMg: z.number().positive().max(100_000).optional().describe("Single dose in milligrams"),
    frequencyPerDay: z.number().positive().max(24).optional().describe("Doses per day (e.g. 3 for every 8 hours)"),
    route: z.string().trim().min(1).max(40).optional().describe("Route as entered (oral, topical, ...); informational"),
    durationDays: z.number().int().min(1).max(3650).optional().describe("Planned course length in days"),
  })
  .describe("A medication with optional dosing");

export const ZMedicationEntry = z
  .union([ZDrugText, ZMedicationOrder])
  .describe("Free-text drug name or a structured medication order");

export const ZAllergyType = z.enum(["allergy", "intolerance"]).describe("True (immune) allergy or intolerance (side effect)");

export const ZAllergyEntry = z
  .union([
    ZDrugText.describe('Free text: "amoxicillin (hives)", "PCN", "sulfa", "NKDA"'),
    z.strictObject({
      substance: ZDrugText.describe("Drug, brand or drug class the patient reacted to"),
      reaction: z.string().trim().max(200).optional().describe("Reaction as described (hives, nausea, ...)"),
      type: ZAllergyType.optional().describe("Explicit type; inferred from the reaction text when absent"),
    }),
  ])
  .describe("One allergy or intolerance entry");

export const ZPatient = z
  .strictObject({
    age: z.number().min(0).max(130).describe("Age in years (fractions allowed for infants)"),
    weightKg: z.number().positive().max(500).optional().describe("Body weight in kg; required for paediatric mg/kg dosing"),
    sex: z.enum(["female", "male", "other", "unknown"]).optional().describe("Sex for Cockcroft-Gault and pregnancy rules"),
    creatinineClearance: z.number().min(0).max(300).optional().describe("Creatinine clearance, mL/min (preferred over serum creatinine)"),
    serumCreatinine: z.number().positive().max(30).optional().describe("Serum creatinine, mg/dL (CrCl is estimated with Cockcroft-Gault)"),
    pregnant: z.boolean().optional().describe("Pregnancy status; unknown blocks nothing but makes pregnancy rules incomplete"),
  })
  .describe("Patient facts the rules need");

export const ZMedicationSafetyCheckInput = z
  .strictObject({
    proposed: z.array(ZMedicationEntry).min(1).max(20).describe("Medications the clinician proposes to prescribe"),
    current: z.array(ZMedicationEntry).max(50).describe("Medications the patient already takes"),
    allergies: z.array(ZAllergyEntry).max(50).describe("Allergies and intolerances"),
    patient: ZPatient,
  })
  .describe("Input of checkMedicationSafety");
export type TMedicationSafetyCheckInput = z.infer<typeof ZMedicationSafetyCheckInput>;
export type TMedicationEntry = z.infer<typeof ZMedicationEntry>;
export type TAllergyEntry = z.infer<typeof ZAllergyEntry>;
export type TPatient = z.infer<typeof ZPatient>;

export const ZSeverity = z.enum(["critical", "major", "moderate", "minor"]).describe("critical = contraindicated (blocks)");
export const ZCheckName = z.enum(["interactions", "allergies", "doses", "duplicates"]);

const ZIngredient = z.strictObject({
  name: z.string().describe("RxNorm-style ingredient name"),
  rxcui: z.number().int().nullable().describe("RxNorm ingredient RxCUI when the data has it"),
});

export const ZNormalizedMedication = z
  .strictObject({
    input: z.string().describe("Text as entered"),
    name: z.string().describe("Generic name (combination products as a/b), or the cleaned text when unknown"),
    known: z.boolean().describe("false = not in the vocabulary; the drug was not checked"),
    matchedBy: z.enum(["generic", "brand", "synonym", "combination", "spelling", "unknown"]),
    correctedFrom: z.string().optional().describe("Cleaned text that was spelling-corrected to name"),
    suggestions: z.array(z.string()).optional().describe("Closest known names for an unknown drug"),
    ingredients: z.array(ZIngredient),
    classes: z.array(z.string()).describe("Therapeutic / interaction class labels"),
    doseMg: z.number().optional(),
    frequencyPerDay: z.number().optional(),
    route: z.string().optional(),
    durationDays: z.number().optional(),
  })
  .describe("A medication after name normalisation");
export type TNormalizedMedication = z.infer<typeof ZNormalizedMedication>;

export const ZInteractionFinding = z.strictObject({
  id: z.string().describe('Stable id for acknowledgement, e.g. "ddi:warfarin+ibuprofen"'),
  drugs: z.tuple([z.string(), z.string()]).describe("The two drugs, in the rule's side order"),
  severity: ZSeverity,
  effect: z.string(),
  management: z.string(),
  source: z.string(),
  ruleIds: z.array(z.string()).describe("Matched rule ids, most severe first"),
  nonInterruptive: z.boolean().describe("Phansalkar 2013 low-priority pair: informational, never blocks"),
  between: z.enum(["proposed-current", "proposed-proposed"]),
  blocking: z.boolean(),
});

export const ZAllergyConflict = z.strictObject({
  id: z.string().describe('Stable id, e.g. "allergy:penicillin:amoxicillin"'),
  drug: z.string(),
  allergen: z.string().describe("Allergen as recognised (generic name or class term)"),
  allergenInput: z.string(),
  kind: z.enum(["direct", "cross-reactivity"]),
  type: ZAllergyType,
  risk: z.string().describe("Cross-reactivity risk as stated by the rule's source"),
  ruleId: z.string(),
  source: z.string(),
  message: z.string(),
  blocking: z.boolean(),
});

export const ZDoseIssue = z.strictObject({
  id: z.string().describe('Stable id, e.g. "dose:acetaminophen:DOSE_ABOVE_MAX_PER_DAY"'),
  drug: z.string(),
  code: z.enum([
    "DOSE_ABOVE_MAX_PER_DOSE", "DOSE_ABOVE_MAX_PER_DAY", "DOSES_PER_DAY_ABOVE_MAX", "BELOW_MINIMUM_AGE",
    "RENAL_CONTRAINDICATION", "RENAL_DOSE_ADJUSTMENT", "PREGNANCY_CONTRAINDICATION", "PREGNANCY_CAUTION",
    "AGE_CONTRAINDICATION", "AGE_CAUTION", "BEERS_CRITERIA",
  ]),
  message: z.string(),
  severity: ZSeverity,
  blocking: z.boolean(),
  limit: z
    .strictObject({ value: z.number(), unit: z.enum(["mg", "mg/day", "doses/day", "mL/min", "years"]), basis: z.string() })
    .optional()
    .describe("The limit that was applied and why (adult, weight, renal, label)"),
  actual: z.strictObject({ value: z.number(), unit: z.string() }).optional(),
  source: z.string(),
});

export const ZDuplicateTherapy = z.strictObject({
  id: z.string().describe('Stable id, e.g. "dup:nsaids"'),
  drugs: z.array(z.string()),
  class: z.string().describe('Class id, or "same-ingredient:<name>"'),
  classLabel: z.string(),
  message: z.string(),
  blocking: z.boolean(),
});

export const ZWarning = z.strictObject({
  code: z.enum(["CHECK_INCOMPLETE", "UNKNOWN_DRUG", "SPELLING_CORRECTED", "DOSE_NOT_CHECKED", "CRCL_ESTIMATED", "ALLERGY_TYPE_CONFLICT"]),
  message: z.string(),
  drug: z.string().optional(),
});

export const ZIncompleteCheck = z.strictObject({
  check: ZCheckName,
  reason: z.enum(["CHECK_ERROR", "MISSING_RENAL_FUNCTION", "MISSING_WEIGHT", "MISSING_PREGNANCY_STATUS", "UNRECOGNISED_ALLERGEN"]),
  drug: z.string().optional(),
  message: z.string(),
});

export const ZMedicationSafetyCheckResult = z
  .strictObject({
    blocked: z.boolean().describe("A blocking finding exists; each must be acknowledged (blockingFindingIds)"),
    requiresOverride: z.boolean().describe("Clinician must acknowledge: blocked, unknown drug, incomplete check or major finding"),
    blockingFindingIds: z.array(z.string()),
    interactions: z.array(ZInteractionFinding),
    allergyConflicts: z.array(ZAllergyConflict),
    doseIssues: z.array(ZDoseIssue),
    duplicateTherapy: z.array(ZDuplicateTherapy),
    unknownDrugs: z.array(z.string()).describe("Entries as typed that matched no known drug (never treated as safe)"),
    warnings: z.array(ZWarning),
    incompleteChecks: z.array(ZIncompleteCheck),
    normalized: z.strictObject({ proposed: z.array(ZNormalizedMedication), current: z.array(ZNormalizedMedication) }),
    renalFunction: z.strictObject({
      creatinineClearance: z.number().nullable().describe("mL/min, rounded to 0.1"),
      method: z.enum(["reported", "cockcroft-gault", "unavailable"]),
    }),
    checksPerformed: z.strictObject({ interactions: z.boolean(), allergies: z.boolean(), doses: z.boolean(), duplicates: z.boolean() }),
    ruleSetVersion: z.string().describe("Engine version + data digest; store it with the decision"),
  })
  .describe("Result of checkMedicationSafety");
export type TMedicationSafetyCheckResult = z.infer<typeof ZMedicationSafetyCheckResult>;
export type TInteractionFinding = z.infer<typeof ZInteractionFinding>;
export type TAllergyConflict = z.infer<typeof ZAllergyConflict>;
export type TDoseIssue = z.infer<typeof ZDoseIssue>;
export type TDuplicateTherapy = z.infer<typeof ZDuplicateTherapy>;
export type TSafetyWarning = z.infer<typeof ZWarning>;
export type TIncompleteCheck = z.infer<typeof ZIncompleteCheck>;
