/**
 * Rules the code enforces on a schema-valid model answer, whatever the model said, before it
 * is stored and shown:
 * - assessment: provider review is recommended whenever the primary confidence is below 0.85;
 *   alternatives are sorted by confidence and never repeat the primary code.
 * - medications: every suggestion carries its medication-safety verdict (attach-medication-safety).
 * - patient message: written for the patient's preferred language, and always ending with the
 *   medical disclaimer in that language.
 * The result is validated again against the stored schema.
 */
import { AI_REVIEW_CONFIDENCE, type TAiKind, type TAssessmentOutput, type TMedicationsModelOutput, type TPatientMessageOutput, type TSoapNoteOutput } from "../schemas/ai";
import type { AiContext } from "./ai-context";
import { STORED_OUTPUT_SCHEMAS, validateWith, type ParsedOutput } from "./ai-output-schemas";
import { attachMedicationSafety } from "./attach-medication-safety";
import { withDisclaimer } from "./disclaimer";

const normalizeCode = (c: string) => c.toUpperCase().replace(/[^A-Z0-9]/g, "");

export function enforceAssessmentRules(a: TAssessmentOutput): TAssessmentOutput {
  const primary = normalizeCode(a.primaryDiagnosis.icd10Code);
  const seen = new Set([primary]);
  const alternatives = [...a.alternatives]
    .sort((x, y) => y.confidence - x.confidence)
    .filter((d) => !seen.has(normalizeCode(d.icd10Code)) && seen.add(normalizeCode(d.icd10Code)));
  return { ...a, alternatives, recommendsProviderReview: a.recommendsProviderReview || a.primaryDiagnosis.confidence < AI_REVIEW_CONFIDENCE };
}

export function enforcePatientMessageRules(m: { language: "en" | "es"; body: string }, ctx: AiContext): TPatientMessageOutput {
  const language = ctx.patient.preferredLanguage;
  return { language, body: withDisclaimer(m.body, language) };
}

/** Post-processes a model answer (already valid against the model schema) into the stored output. */
export function finalizeAiOutput(kind: TAiKind, value: unknown, ctx: AiContext): ParsedOutput {
  let out: unknown;
  switch (kind) {
    case "assessment":
      out = enforceAssessmentRules(value as TAssessmentOutput);
      break;
    case "medications":
      out = attachMedicationSafety(value as TMedicationsModelOutput, ctx);
      break;
    case "soap_note":
      out = value as TSoapNoteOutput;
      break;
    case "patient_message":
      out = enforcePatientMessageRules(value as { language: "en" | "es"; body: string }, ctx);
      break;
  }
  return validateWith(STORED_OUTPUT_SCHEMAS[kind], out);
}
