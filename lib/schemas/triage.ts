/**
 * Contracts for the automated triage engine (lib/triage/run-triage.ts).
 * Shared by the intake form, the server action, REST v1 and the OpenAPI
 * document; the server re-parses every input and unknown keys are rejected.
 * Ranges reject impossible or mistyped readings; they are not clinical
 * normal ranges (NEWS2 bands live in lib/triage/data/news2.json).
 */
import { z } from "zod";

export const CONSCIOUSNESS_LEVELS = ["alert", "new_confusion", "voice", "pain", "unresponsive"] as const;
export const RISK_LEVELS = ["low", "moderate", "high", "critical"] as const;
export const URGENCY_LEVELS = ["routine", "medium", "high", "urgent"] as const;
export const FLAG_SEVERITIES = ["moderate", "high", "critical"] as const;
/** NEWS2 parameters (Royal College of Physicians, 2017), in chart order. */
export const NEWS2_PARAMETERS = [
  "respirationRate",
  "spo2",
  "airOrOxygen",
  "systolicBP",
  "pulse",
  "consciousness",
  "temperature",
] as const;
/** NEWS2 clinical risk bands (RCP 2017). */
export const NEWS2_BANDS = ["low", "low-medium", "medium", "high"] as const;

export const ZTriageVitals = z
  .object({
    systolic: z.number().min(40).max(300).optional().describe("Systolic blood pressure in mmHg."),
    diastolic: z.number().min(20).max(200).optional().describe("Diastolic blood pressure in mmHg."),
    heartRate: z.number().min(20).max(250).optional().describe("Pulse in beats per minute."),
    respiratoryRate: z.number().min(0).max(80).optional().describe("Breaths per minute."),
    temperatureF: z.number().min(77).max(113).optional().describe("Body temperature in °F (give this or temperatureC)."),
    temperatureC: z.number().min(25).max(45).optional().describe("Body temperature in °C (give this or temperatureF)."),
    oxygenSaturation: z.number().min(50).max(100).optional().describe("SpO2 in percent from a pulse oximeter."),
    onSupplementalOxygen: z
      .boolean()
      .optional()
      .describe("True when breathing supplemental oxygen at the time of the SpO2 reading; omitted means unknown."),
    consciousness: z
      .enum(CONSCIOUSNESS_LEVELS)
      .optional()
      .describe("ACVPU: alert, new confusion, responds to voice, responds to pain, unresponsive."),
  })
  .strict()
  .refine((v) => v.temperatureF === undefined || v.temperatureC === undefined, {
    message: "Give temperatureF or temperatureC, not both.",
    path: ["temperatureC"],
  })
  .refine((v) => v.systolic === undefined || v.diastolic === undefined || v.diastolic < v.systolic, {
    message: "Diastolic pressure must be lower than systolic pressure.",
    path: ["diastolic"],
  })
  .describe("Self-reported or device-measured vital signs; every field is optional.");

const ZSymptomText = z
  .string()
  .min(1)
  .max(2000)
  .refine((s) => s.length === 0 || s.trim().length > 0, { message: "Symptom text must not be blank." });

export const ZTriageInput = z
  .object({
    symptoms: z
      .array(ZSymptomText)
      .min(1)
      .max(50)
      .describe("Free-text symptoms: the chief complaint followed by any listed symptoms."),
    vitals: ZTriageVitals.optional(),
    age: z.number().min(0).max(130).describe("Age in years; fractions for infants (0.2 ≈ 10 weeks)."),
    sex: z.enum(["female", "male", "other", "unknown"]).optional().describe("Sex as recorded at intake."),
    pregnant: z.boolean().optional().describe("Currently pregnant."),
    hypercapnicRespiratoryFailure: z
      .boolean()
      .optional()
      .describe("Clinician-documented hypercapnic respiratory failure with an 88-92% SpO2 target (selects NEWS2 SpO2 scale 2)."),
    immunosuppressed: z.boolean().optional().describe("Immunosuppressed (chemotherapy, transplant, high-dose steroids, etc.)."),
    severity: z.number().int().min(0).max(10).optional().describe("Self-rated symptom severity, 0 (none) to 10 (worst imaginable)."),
  })
  .strict()
  .describe("Input to the automated triage engine.");

export const ZRedFlagEvidence = z
  .object({
    text: z.string().describe("The exact characters that raised the flag."),
    symptomIndex: z.number().int().min(0).describe("Index into input.symptoms."),
    start: z.number().int().min(0).describe("Offset of the first character in that symptom string."),
    end: z.number().int().min(0).describe("Offset one past the last character."),
  })
  .strict();

export const ZRedFlag = z
  .object({
    code: z.string().describe("Stable flag code, e.g. chest_pain."),
    label: z.string().describe("Human-readable flag name."),
    category: z.string().describe("Red-flag category id, e.g. acs_chest_pain."),
    categoryLabel: z.string().describe("Human-readable category name."),
    severity: z.enum(FLAG_SEVERITIES).describe("Severity after age modifiers."),
    certainty: z.enum(["affirmed", "possible"]).describe("'possible' when hedged ('not sure if my face is drooping')."),
    fuzzy: z.boolean().describe("True when matched through a tolerated misspelling."),
    evidence: ZRedFlagEvidence,
  })
  .strict();

const ZSubscore = z.number().int().min(0).max(3).nullable();

export const ZNews2Result = z
  .object({
    total: z.number().int().min(0).max(20).describe("Sum of the sub-scores present; a lower bound when incomplete."),
    subscores: z
      .object({
        respirationRate: ZSubscore,
        spo2: ZSubscore,
        airOrOxygen: ZSubscore,
        systolicBP: ZSubscore,
        pulse: ZSubscore,
        consciousness: ZSubscore,
        temperature: ZSubscore,
      })
      .strict()
      .describe("Per-parameter scores; null when the parameter is missing."),
    band: z.enum(NEWS2_BANDS).describe("RCP clinical risk band of the (possibly partial) total."),
    hasRedScore: z.boolean().describe("True when any single parameter scores 3."),
    missing: z.array(z.enum(NEWS2_PARAMETERS)).describe("Parameters not provided."),
    complete: z.boolean().describe("True only when all seven parameters were provided."),
    scale: z.union([z.literal(1), z.literal(2)]).describe("SpO2 scale used."),
    temperatureC: z.number().nullable().describe("Temperature used for banding, °C rounded to 0.1."),
    applicable: z.boolean().describe("False under 16 or in pregnancy, where NEWS2 is not validated."),
    notApplicableReasons: z.array(z.string()),
    notes: z.array(z.string()),
  })
  .strict();

export const ZTriageResult = z
  .object({
    triageScore: z.number().int().min(0).max(100).describe("0-100 acuity score; ranges map to risk levels."),
    clinicalRiskLevel: z.enum(RISK_LEVELS),
    redFlags: z.array(ZRedFlag),
    news2: ZNews2Result.nullable().describe("Null when no NEWS2 vital sign was provided."),
    requiresSynchronousVisit: z.boolean(),
    recommendedUrgency: z.enum(URGENCY_LEVELS),
    explanation: z.string().describe("Human-readable summary listing the reasons."),
    reasons: z.array(z.string()),
    ruleSetVersion: z.string().describe("Version of the triage rule set that produced this result."),
  })
  .strict()
  .describe("Decision of the automated triage engine.");

export type TTriageVitals = z.infer<typeof ZTriageVitals>;
export type TTriageInput = z.infer<typeof ZTriageInput>;
export type TRedFlag = z.infer<typeof ZRedFlag>;
export type TNews2Result = z.infer<typeof ZNews2Result>;
export type TNews2Parameter = (typeof NEWS2_PARAMETERS)[number];
export type TRiskLevel = (typeof RISK_LEVELS)[number];
export type TFlagSeverity = (typeof FLAG_SEVERITIES)[number];
export type TTriageResult = z.infer<typeof ZTriageResult>;
