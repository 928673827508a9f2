/**
 * The patient intake: one contract for the multi-step form (react-hook-form),
 * the server action, POST /api/v1/consultations and the OpenAPI document.
 */
import { z } from "zod";
import { CONSULTATION_TYPES } from "../consultations/consultation-types";
import { ZTriageVitals } from "./triage";

/** Bump when the consent wording changes; the version is stored with each consent. */
export const CONSENT_VERSION = "2026-11-v1";
export const LANGUAGES = ["en", "es"] as const;
export const ONSETS = ["today", "1_3_days", "4_7_days", "1_4_weeks", "over_1_month"] as const;
export const PREGNANCY_STATUSES = ["pregnant", "not_pregnant", "unknown", "not_applicable"] as const;

export const ZMedicationEntry = z
  .object({
    name: z.string().trim().min(2, "Enter the medicine name").max(120),
    dose: z.string().trim().max(60).optional().describe("As the patient reports it, e.g. '5 mg'"),
    frequency: z.string().trim().max(60).optional().describe("e.g. 'once a day'"),
  })
  .strict();

export const ZAllergyEntry = z
  .object({
    substance: z.string().trim().min(2, "Enter what you are allergic to").max(120),
    reaction: z.string().trim().max(200).optional(),
    type: z.enum(["allergy", "intolerance"]).default("allergy"),
  })
  .strict();

export const ZIntake = z
  .object({
    consultationType: z.enum(CONSULTATION_TYPES, { error: "Choose what your consultation is about" }),
    chiefComplaint: z
      .string({ error: "Describe your main problem" })
      .trim()
      .min(3, "Describe your main problem in a few words, for example 'itchy rash on my arm'")
      .max(500, "Keep the main problem under 500 characters; add details below"),
    symptoms: z.array(z.string().trim().min(1).max(200)).max(30).default([]).describe("Picked or typed symptoms"),
    details: z.string().trim().max(4000).optional().describe("Anything else the clinician should know"),
    onset: z.enum(ONSETS, { error: "Choose when it started" }),
    severity: z.number({ error: "Choose how bad it is, from 0 to 10" }).int().min(0).max(10),
    vitals: ZTriageVitals.optional(),
    medications: z.array(ZMedicationEntry).max(50).default([]),
    allergies: z.array(ZAllergyEntry).max(50).default([]),
    noKnownAllergies: z.boolean().default(false),
    pregnancyStatus: z.enum(PREGNANCY_STATUSES).optional(),
    preferredLanguage: z.enum(LANGUAGES).default("en"),
    attachmentIds: z.array(z.string().uuid()).max(10, "You can add up to 10 photos or files").default([]),
    consent: z
      .object({
        accepted: z.literal(true, { error: "You must agree before we can review your request" }),
        version: z.string().min(1).max(40),
      })
      .strict(),
  })
  .strict();

export type TIntake = z.infer<typeof ZIntake>;
export type TIntakeInput = z.input<typeof ZIntake>;
