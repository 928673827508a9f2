/** patient-message@1: a plain-language message to the patient in their preferred language. */
import type { PromptTemplate } from "./shared";

const LANGUAGE = { en: "English", es: "Spanish (español, usted)" } as const;

export const patientMessagePrompt: PromptTemplate = {
  kind: "patient_message",
  version: "patient-message@1",
  schemaName: "patient_message",
  instructions: [
    "Task: draft a message from the care team to the patient about this consultation.",
    "Write for a reading age of 9 to 11: short sentences, everyday words, no jargon, no ICD codes.",
    "Base it on the clinician's plan and care instructions when present; otherwise on the likely problem, self-care and when to seek help.",
    "Include clear safety-net advice: which symptoms mean they should seek urgent care.",
    "Do not promise a diagnosis or a prescription the clinician has not made. A medical disclaimer is added automatically; do not write one.",
  ].join("\n"),
  task: (ctx) => `Write the message in ${LANGUAGE[ctx.patient.preferredLanguage]}; set "language" to "${ctx.patient.preferredLanguage}".`,
};
