/** The current prompt template of each AI function. */
import type { TAiKind } from "../../schemas/ai";
import { assessmentPrompt } from "./assessment";
import { medicationsPrompt } from "./medications";
import { patientMessagePrompt } from "./patient-message";
import { soapNotePrompt } from "./soap-note";
import type { PromptTemplate } from "./shared";

export { renderPrompt, correctionMessage, type ChatMessage, type PromptTemplate } from "./shared";

export const PROMPTS: Record<TAiKind, PromptTemplate> = {
  assessment: assessmentPrompt,
  medications: medicationsPrompt,
  soap_note: soapNotePrompt,
  patient_message: patientMessagePrompt,
};
