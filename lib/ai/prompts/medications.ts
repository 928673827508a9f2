/** medications@1: up to three outpatient medication suggestions for the likely diagnosis. */
import type { PromptTemplate } from "./shared";

export const medicationsPrompt: PromptTemplate = {
  kind: "medications",
  version: "medications@1",
  schemaName: "medications",
  instructions: [
    "Task: suggest at most 3 medications a clinician might prescribe or recommend for the most likely diagnosis in an e-visit, first-line first.",
    "Use generic names. dose is one dose with its unit (\"500 mg\"); frequency in words (\"twice daily\", \"every 6 hours as needed\"); durationDays a whole number.",
    "Respect the patient's allergies, current medicines, age, weight, pregnancy status and kidney function; prefer an alternative over a contraindicated drug.",
    "No controlled substances. No antibiotics for a likely viral illness. An empty list is a valid answer when no medicine is appropriate.",
    "rationale: one or two sentences for the clinician. Every suggestion is checked by a drug-safety engine before the clinician sees it.",
  ].join("\n"),
  task: () => "Give the medication suggestions as JSON.",
};
