/**
 * Zod contracts for AI decision support: what each function must return (validated before anyone
 * sees it), what the provider sends back (accept / edit / reject), the list query and the job
 * payload. The model-facing schemas are strict objects with every field required, so that
 * z.toJSONSchema gives a schema OpenAI's `strict: true` structured outputs accept.
 */
import { z } from "zod";
import { ZIcd10Code } from "./documentation";

export const AI_KINDS = ["assessment", "medications", "soap_note", "patient_message"] as const;
export const ZAiKind = z.enum(AI_KINDS).describe("AI function");
export type TAiKind = z.infer<typeof ZAiKind>;

export const AI_STATUSES = ["queued", "running", "ready", "failed", "unavailable"] as const;
export type TAiStatus = (typeof AI_STATUSES)[number];
export const AI_ENGINES = ["openai", "compatible", "offline"] as const;
export type TAiEngine = (typeof AI_ENGINES)[number];
export const AI_DECISIONS = ["accepted", "edited", "rejected"] as const;
export type TAiDecision = (typeof AI_DECISIONS)[number];

/** Below this confidence the assessment always recommends provider review (enforced in code). */
export const AI_REVIEW_CONFIDENCE = 0.85;

const text = (max: number) => z.string().trim().min(1).max(max);

export const ZAiDiagnosis = z.strictObject({
  icd10Code: ZIcd10Code.describe("ICD-10-CM code, e.g. J02.9"),
  description: z.string().trim().min(2).max(200),
  confidence: z.number().min(0).max(1).describe("Calibrated probability, 0-1"),
});

export const ZAssessmentOutput = z
  .strictObject({
    primaryDiagnosis: ZAiDiagnosis,
    alternatives: z.array(ZAiDiagnosis).max(5).describe("Differential diagnoses, most likely first"),
    recommendsProviderReview: z.boolean().describe(`Always true when confidence < ${AI_REVIEW_CONFIDENCE}`),
    reasoning: text(2000),
  })
  .describe("AI assessment");
export type TAssessmentOutput = z.infer<typeof ZAssessmentOutput>;

export const ZMedicationSuggestion = z.strictObject({
  name: text(200).describe("Generic drug name"),
  dose: text(100).describe('Single dose as written, e.g. "500 mg"'),
  frequency: text(100).describe('e.g. "twice daily", "every 8 hours as needed"'),
  durationDays: z.number().int().min(1).max(365),
  rationale: text(1000),
});
export type TMedicationSuggestion = z.infer<typeof ZMedicationSuggestion>;

/** What the model returns for the medications function. */
export const ZMedicationsModelOutput = z.strictObject({ medications: z.array(ZMedicationSuggestion).max(5) });
export type TMedicationsModelOutput = z.infer<typeof ZMedicationsModelOutput>;

export const MEDICATION_SAFETY_STATUSES = ["recommended", "check", "flagged"] as const;

export const ZAiSafetyFinding = z.strictObject({
  id: z.string(),
  kind: z.enum(["interaction", "allergy", "dose", "duplicate", "unchecked"]),
  severity: z.enum(["critical", "major", "moderate", "minor", "unknown"]),
  title: z.string(),
  detail: z.string(),
});

/** The medication-safety verdict attached to every suggestion before a provider sees it. */
export const ZAiMedicationSafety = z.strictObject({
  status: z.enum(MEDICATION_SAFETY_STATUSES).describe("recommended = passed; check = incomplete or unknown; flagged = unsafe, never recommended"),
  summary: z.string(),
  findings: z.array(ZAiSafetyFinding),
  ruleSetVersion: z.string(),
});

/** Stored (and served) medications output: each suggestion with parsed dosing and its safety verdict. */
export const ZMedicationsOutput = z
  .strictObject({
    medications: z.array(
      ZMedicationSuggestion.extend({
        doseMg: z.number().positive().nullable(),
        frequencyPerDay: z.number().positive().nullable(),
        safety: ZAiMedicationSafety,
      }),
    ).max(5),
  })
  .describe("AI medication suggestions, each checked by the medication-safety engine");
export type TMedicationsOutput = z.infer<typeof ZMedicationsOutput>;

export const ZSoapNoteOutput = z
  .strictObject({ subjective: text(4000), objective: text(4000), assessment: text(4000), plan: text(4000) })
  .describe("AI SOAP note draft");
export type TSoapNoteOutput = z.infer<typeof ZSoapNoteOutput>;

export const ZPatientMessageModelOutput = z.strictObject({
  language: z.enum(["en", "es"]).describe("Language of body"),
  body: text(3400).describe("Plain-language message to the patient"),
});
/** Stored patient message: the body always ends with the medical disclaimer (appended in code). */
export const ZPatientMessageOutput = z
  .strictObject({ language: z.enum(["en", "es"]), body: text(3900) })
  .describe("AI patient message draft (never sent without provider approval)");
export type TPatientMessageOutput = z.infer<typeof ZPatientMessageOutput>;

export type TAiOutput = TAssessmentOutput | TMedicationsOutput | TSoapNoteOutput | TPatientMessageOutput;

/** The provider's own version when they edit a piece. */
export const ZAssessmentFinal = z.strictObject({
  primaryDiagnosis: z.strictObject({ icd10Code: ZIcd10Code, description: z.string().trim().min(2).max(200) }),
  alternatives: z.array(z.strictObject({ icd10Code: ZIcd10Code, description: z.string().trim().min(2).max(200) })).max(5).default([]),
});
export const ZMedicationsFinal = z.strictObject({
  medications: z.array(z.strictObject({
    name: text(200), dose: text(100), frequency: text(100), durationDays: z.number().int().min(1).max(365), rationale: z.string().trim().max(1000).optional(),
  })).max(5),
});
/** Room is left for the disclaimer, which is appended to the provider's version too (messages are at most 4000 characters). */
export const ZPatientMessageFinal = z.strictObject({ body: z.string().trim().min(1, "Write the message").max(3700, "Keep the message under 3700 characters") });
export const ZSoapNoteFinal = ZSoapNoteOutput;

export const ZAiDecisionInput = z
  .strictObject({
    decision: z.enum(AI_DECISIONS),
    finalText: z
      .union([ZAssessmentFinal, ZMedicationsFinal, ZSoapNoteFinal, ZPatientMessageFinal])
      .optional()
      .describe("Required when edited: the provider's version, shaped like the function's output"),
    deviationReason: z.string().trim().min(3, "Say briefly why (at least 3 characters)").max(2000).optional()
      .describe("Required when the final diagnosis or medication differs from the AI's (edited or rejected)"),
    copyToNotes: z.boolean().optional().describe("Assessment / SOAP note: copy the approved text into the clinical documentation"),
  })
  .describe("The provider's decision on one AI piece");
export type TAiDecisionInput = z.infer<typeof ZAiDecisionInput>;

export const ZAiDeviationInput = z
  .strictObject({ reason: z.string().trim().min(3, "Say briefly why (at least 3 characters)").max(2000) })
  .describe("Why the diagnosis in the notes differs from the AI's primary diagnosis");

export const ZAiListQuery = z
  .strictObject({
    kind: ZAiKind.optional(),
    cursor: z.string().max(200).optional().describe("Opaque cursor from nextCursor"),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  });
export type TAiListQuery = z.infer<typeof ZAiListQuery>;

/** pg-boss payload of the "ai-request" job: ids only. */
export const ZAiRequestJobPayload = z.strictObject({ aiRequestId: z.string().uuid() });
