/** Structured clinical documentation on a consultation (autosaved by the review page). */
import { z } from "zod";

export const ZIcd10Code = z.string().trim().toUpperCase().regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/, "Enter an ICD-10 code like J02.9");

export const ZDifferentialEntry = z
  .object({
    code: ZIcd10Code,
    description: z.string().trim().min(2).max(200),
    confidence: z.number().min(0).max(1).optional(),
  })
  .strict();

export const ZDocumentationInput = z
  .object({
    assessment: z.string().max(8000).optional(),
    differentialDiagnosis: z.array(ZDifferentialEntry).max(10).optional(),
    primaryDiagnosisCode: z.union([ZIcd10Code, z.literal("")]).optional(),
    clinicalDecisionRationale: z.string().max(8000).optional(),
    plan: z.string().max(8000).optional(),
    careInstructions: z.string().max(8000).optional(),
    /** Why the diagnosis differs from the AI's, when it does. */
    deviationReason: z.string().max(2000).optional(),
    expectedVersion: z.number().int().positive().optional(),
  })
  .strict();
export type TDocumentationInput = z.infer<typeof ZDocumentationInput>;

export const ZTimeEntryInput = z
  .object({
    activity: z.enum(["review", "documentation", "messaging"]),
    seconds: z.number().int().min(1).max(120),
  })
  .strict();
