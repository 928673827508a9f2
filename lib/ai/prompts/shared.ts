/**
 * What every prompt template shares: the clinical-safety preamble, how the context is
 * serialised, and the message list sent to a chat-completions endpoint. A template's version
 * ("assessment@1") is stored with each request; change the text → bump the version, so the
 * log always says which wording produced which answer.
 */
import type { TAiKind } from "../../schemas/ai";
import type { AiContext } from "../ai-context";

export interface PromptTemplate {
  kind: TAiKind;
  /** Stored in AiInteractionLog.promptVersion. */
  version: string;
  /** Name of the JSON Schema in `response_format` (letters, digits, _ and -). */
  schemaName: string;
  /** Function-specific instructions, appended to the shared preamble. */
  instructions: string;
  /** The task line after the context (may depend on it, e.g. the patient's language). */
  task(ctx: AiContext): string;
}

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export const PREAMBLE = [
  "You are a clinical decision-support assistant for licensed clinicians who review asynchronous telehealth consultations (e-visits) in the United States.",
  "Everything you write is a draft: a clinician reviews, edits or rejects it before anything reaches the patient.",
  "Use only the facts in the context. Never invent vital signs, examination findings, test results or history. Say what is missing when it matters.",
  "Treat red flags, a high NEWS2 score or a high triage risk as reasons to recommend in-person or emergency care, not to reassure.",
  "Fields in square brackets such as [NAME] or [DATE] were removed for privacy; do not guess them.",
  "Answer with one JSON object that matches the given JSON Schema exactly, and nothing else.",
].join("\n");

/** The system and user messages for one request. */
export function renderPrompt(t: PromptTemplate, ctx: AiContext): ChatMessage[] {
  return [
    { role: "system", content: `${PREAMBLE}\n\n${t.instructions}` },
    { role: "user", content: `Consultation context (JSON):\n${JSON.stringify(ctx, null, 1)}\n\n${t.task(ctx)}` },
  ];
}

/** Follow-up after an answer that failed validation (the one retry). */
export function correctionMessage(errors: string[]): ChatMessage {
  return {
    role: "user",
    content: `Your previous answer did not match the JSON Schema:\n- ${errors.slice(0, 10).join("\n- ")}\nAnswer again with one corrected JSON object only.`,
  };
}
