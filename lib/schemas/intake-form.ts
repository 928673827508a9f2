/**
 * The intake form's values, step by step. Built from the ZIntake contract
 * (lib/schemas/intake.ts) so the form checks exactly what the server will
 * re-parse; only UI-only fields are added (yes/no questions that become
 * lists, temperature with its unit, an "other symptoms" box, consent tick).
 * lib/intake/to-intake.ts turns these values into an Intake.
 * Messages say how to fix the answer (GOV.UK); Spanish versions live in
 * lib/i18n/intake-errors.ts, keyed by field path.
 */
import { z } from "zod";
import { ZIntake, ZAllergyEntry, ZMedicationEntry } from "./intake";
import { CONSCIOUSNESS_LEVELS } from "./triage";

const S = ZIntake.shape;
const yesNo = (message: string) => z.enum(["yes", "no"], { error: message });

/** A reading typed on a number keypad; blank means "not measured". Ranges match ZTriageVitals. */
const reading = (what: string, min: number, max: number, example: string) => {
  const range = `Enter ${what} between ${min} and ${max}, for example ${example}`;
  return z.number({ error: `Enter ${what} as a number, for example ${example}` }).min(min, range).max(max, range).optional();
};

export const TEMPERATURE_RANGES = { C: { min: 25, max: 45, example: "38.2" }, F: { min: 77, max: 113, example: "100.8" } } as const;

export const ZVitalsForm = z
  .object({
    systolic: reading("the top number", 40, 300, "120"),
    diastolic: reading("the bottom number", 20, 200, "80"),
    heartRate: reading("your heart rate", 20, 250, "72"),
    respiratoryRate: reading("breaths in one minute", 1, 80, "16"),
    temperature: z.number({ error: "Enter your temperature as a number, for example 38.2" }).optional(),
    temperatureUnit: z.enum(["C", "F"]),
    oxygenSaturation: reading("your oxygen level", 50, 100, "97"),
    onSupplementalOxygen: z.enum(["yes", "no", "unknown"]).optional(),
    consciousness: z.enum(CONSCIOUSNESS_LEVELS).optional(),
  })
  .strict()
  // Runs even when a single reading is wrong, so every problem shows on the first Continue (the data may be partly invalid).
  .superRefine(refineVitals, { when: (payload) => typeof payload.value === "object" && payload.value !== null });

const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

function refineVitals(v: { temperature?: unknown; temperatureUnit?: unknown; systolic?: unknown; diastolic?: unknown }, ctx: z.RefinementCtx) {
  const unit = v.temperatureUnit === "C" || v.temperatureUnit === "F" ? v.temperatureUnit : null;
  if (unit && isNum(v.temperature)) {
    const r = TEMPERATURE_RANGES[unit];
    if (v.temperature < r.min || v.temperature > r.max) {
      ctx.addIssue({ code: "custom", path: ["temperature"], message: `Enter a temperature between ${r.min} and ${r.max} °${unit}, for example ${r.example}` });
    }
  }
  if ((v.systolic === undefined) !== (v.diastolic === undefined)) {
    const missing = v.systolic === undefined ? "systolic" : "diastolic";
    ctx.addIssue({ code: "custom", path: [missing], message: "Enter both blood pressure numbers, or leave both empty" });
  } else if (isNum(v.systolic) && isNum(v.diastolic) && v.diastolic >= v.systolic) {
    ctx.addIssue({ code: "custom", path: ["diastolic"], message: "The bottom number must be lower than the top number" });
  }
}

export const ZIntakeFormValues = z
  .object({
    consultationType: S.consultationType,
    chiefComplaint: S.chiefComplaint,
    symptoms: z.array(z.string().trim().min(1).max(200)).max(30),
    otherSymptoms: z.string().trim().max(200, "Keep other symptoms under 200 characters"),
    details: z.string().trim().max(4000, "Keep the details under 4000 characters"),
    onset: S.onset,
    severity: S.severity,
    vitals: ZVitalsForm,
    takesMedicines: yesNo("Tell us if you take any medicines"),
    medications: z.array(ZMedicationEntry).max(50, "You can list up to 50 medicines"),
    hasAllergies: yesNo("Tell us if you have any allergies"),
    allergies: z.array(ZAllergyEntry).max(50, "You can list up to 50 allergies"),
    pregnancyStatus: z.enum(["pregnant", "not_pregnant", "unknown"], { error: "Tell us if you could be pregnant" }),
    preferredLanguage: z.enum(["en", "es"], { error: "Choose the language you want us to use" }),
    consentAccepted: z.literal(true, { error: "Tick the box to agree, so a clinician can review your request" }),
    consentVersion: z.string().min(1).max(40),
  })
  .strict();

export type TIntakeFormValues = z.infer<typeof ZIntakeFormValues>;
export type TIntakeFormInput = z.input<typeof ZIntakeFormValues>;

/** What a saved draft may hold: any subset of the form's values (each step saves its own). */
export const ZIntakeDraftValues = ZIntakeFormValues.partial();
export type TIntakeDraftValues = z.infer<typeof ZIntakeDraftValues>;

/** Letters, digits and - _ . : — the same alphabet POST /api/v1/consultations accepts. */
export const ZIdempotencyKey = z.string().min(8).max(200).regex(/^[\w.:-]+$/);

export const ZSaveIntakeDraftInput = z
  .object({
    /** Index of the step to resume at (0-based; INTAKE_STEPS.length means "check your answers"). */
    step: z.number().int().min(0).max(20),
    values: ZIntakeDraftValues,
    idempotencyKey: ZIdempotencyKey.optional(),
  })
  .strict();
export type TSaveIntakeDraftInput = z.infer<typeof ZSaveIntakeDraftInput>;

export const ZSubmitIntakeInput = z.object({ intake: z.unknown(), idempotencyKey: ZIdempotencyKey }).strict();

/** Cross-field rules of the medicines step: a "yes" needs at least one entry. */
export function refineMedicines(v: Partial<TIntakeFormValues>, ctx: z.RefinementCtx) {
  if (v.takesMedicines === "yes" && !(Array.isArray(v.medications) && v.medications.length)) {
    ctx.addIssue({ code: "custom", path: ["medications"], message: "Add the medicines you take, or choose No" });
  }
  if (v.hasAllergies === "yes" && !(Array.isArray(v.allergies) && v.allergies.length)) {
    ctx.addIssue({ code: "custom", path: ["allergies"], message: "Add what you are allergic to, or choose No" });
  }
}
