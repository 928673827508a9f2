/**
 * The intake's question pages, in order. One question (or one small group)
 * per page; each page validates only its own fields with a slice of
 * ZIntakeFormValues, and the whole Intake is re-parsed before sending.
 */
import { z } from "zod";
import { ZIntakeFormValues, refineMedicines, type TIntakeFormValues } from "../schemas/intake-form";

export const INTAKE_STEPS = ["reason", "symptoms", "timing", "readings", "medicines", "about-you", "photos", "consent"] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];
export const CHECK_STEP = "check";

export interface StepOptions {
  /** Ask about pregnancy (female, 12 to 55). */
  askPregnancy: boolean;
}

const F = ZIntakeFormValues.shape;

/** The zod schema for one page's fields. */
export function stepSchema(step: IntakeStep, opts: StepOptions): z.ZodType<Partial<TIntakeFormValues>> {
  switch (step) {
    case "reason":
      return z.object({ consultationType: F.consultationType });
    case "symptoms":
      return z.object({ chiefComplaint: F.chiefComplaint, symptoms: F.symptoms, otherSymptoms: F.otherSymptoms, details: F.details });
    case "timing":
      return z.object({ onset: F.onset, severity: F.severity });
    case "readings":
      return z.object({ vitals: F.vitals });
    case "medicines":
      // Lists behind a "No" are emptied first: hidden half-typed entries must neither block Continue nor be saved.
      return z.preprocess(
        (v) => (v && typeof v === "object" ? onlyListsSaidYesTo(v as Partial<TIntakeFormValues>) : v),
        z
          .object({ takesMedicines: F.takesMedicines, medications: F.medications, hasAllergies: F.hasAllergies, allergies: F.allergies })
          .superRefine(refineMedicines, { when: (payload) => typeof payload.value === "object" && payload.value !== null }),
      );
    case "about-you":
      return opts.askPregnancy
        ? z.object({ pregnancyStatus: F.pregnancyStatus, preferredLanguage: F.preferredLanguage })
        : z.object({ preferredLanguage: F.preferredLanguage });
    case "photos":
      return z.object({});
    case "consent":
      return z.object({ consentAccepted: F.consentAccepted, consentVersion: F.consentVersion });
  }
}

function onlyListsSaidYesTo(v: Partial<TIntakeFormValues>): Partial<TIntakeFormValues> {
  return { ...v, medications: v.takesMedicines === "yes" ? v.medications : [], allergies: v.hasAllergies === "yes" ? v.allergies : [] };
}

export function stepIndex(slug: string): number {
  return (INTAKE_STEPS as readonly string[]).indexOf(slug);
}

/** Where to resume: a saved step index past the last page means "check your answers". */
export function stepSlugAt(index: number): IntakeStep | typeof CHECK_STEP {
  return INTAKE_STEPS[Math.max(0, index)] ?? CHECK_STEP;
}

/** The page that asks for a field of the Intake contract (for "Change" links and server errors). */
export function stepForIntakePath(path: string): IntakeStep {
  const head = path.split(".")[0] ?? "";
  const map: Record<string, IntakeStep> = {
    consultationType: "reason", chiefComplaint: "symptoms", symptoms: "symptoms", details: "symptoms",
    onset: "timing", severity: "timing", vitals: "readings", medications: "medicines", allergies: "medicines",
    noKnownAllergies: "medicines", pregnancyStatus: "about-you", preferredLanguage: "about-you", attachmentIds: "photos", consent: "consent",
  };
  return map[head] ?? "reason";
}

/** Pregnancy questions are asked of female patients aged 12 to 55 (inclusive) on `now`. */
export function isPregnancyRelevant(sex: string, dateOfBirth: Date, now: Date): boolean {
  if (sex !== "female") return false;
  let age = now.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const m = now.getUTCMonth() - dateOfBirth.getUTCMonth();
  if (m < 0 || (m === 0 && now.getUTCDate() < dateOfBirth.getUTCDate())) age--;
  return age >= 12 && age <= 55;
}
