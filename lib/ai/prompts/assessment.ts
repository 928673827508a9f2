/** assessment@1: most likely diagnosis (ICD-10-CM) with calibrated confidence and a differential. */
import { AI_REVIEW_CONFIDENCE } from "../../schemas/ai";
import type { PromptTemplate } from "./shared";

export const assessmentPrompt: PromptTemplate = {
  kind: "assessment",
  version: "assessment@1",
  schemaName: "assessment",
  instructions: [
    "Task: propose the most likely diagnosis for this e-visit as an ICD-10-CM code (billable when possible, e.g. J02.9) with a short description.",
    "confidence is your calibrated probability (0-1) that the primary diagnosis is right; be honest, asynchronous care without examination rarely justifies more than 0.9.",
    "alternatives: up to 4 other diagnoses worth considering, most likely first, each with its own confidence.",
    `recommendsProviderReview: true when confidence is below ${AI_REVIEW_CONFIDENCE}, when there are red flags, or when the picture is unclear.`,
    "reasoning: at most 120 words for the clinician: the findings that support the diagnosis, what argues against it, and what is missing.",
  ].join("\n"),
  task: () => "Give the assessment as JSON.",
};
