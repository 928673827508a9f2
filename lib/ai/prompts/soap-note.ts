/** soap-note@1: a SOAP note draft for the clinical record. */
import type { PromptTemplate } from "./shared";

export const soapNotePrompt: PromptTemplate = {
  kind: "soap_note",
  version: "soap-note@1",
  schemaName: "soap_note",
  instructions: [
    "Task: draft a concise SOAP note for the clinical record of this e-visit, in English, in clinical style.",
    "subjective: the patient's history in their own terms (complaint, onset, severity, associated symptoms, medicines, allergies, relevant history).",
    "objective: only the self-reported vital signs, the NEWS2 result and the triage findings given; state that no physical examination was performed.",
    "assessment: the working diagnosis and differential, using the clinician's notes when present.",
    "plan: treatment, patient education, safety-net advice (when to seek urgent care) and follow-up.",
  ].join("\n"),
  task: () => "Give the SOAP note as JSON.",
};
