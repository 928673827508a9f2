/**
 * Names of the AI functions (URL slugs, labels), the engines and the plain-language notices the
 * panel shows. Pure and shared by the API, the OpenAPI document and the UI.
 */
import type { TAiEngine, TAiKind } from "../schemas/ai";

/** URL segment of each function: POST /api/v1/consultations/:id/ai/{slug}. */
export const AI_KIND_SLUGS: Record<TAiKind, string> = {
  assessment: "assessment",
  medications: "medications",
  soap_note: "soap-note",
  patient_message: "patient-message",
};

export const AI_KIND_LABELS: Record<TAiKind, string> = {
  assessment: "Assessment",
  medications: "Medications",
  soap_note: "SOAP note",
  patient_message: "Patient message",
};

export const AI_ENGINE_LABELS: Record<TAiEngine, string> = {
  openai: "OpenAI",
  compatible: "OpenAI-compatible model",
  offline: "Rule-based offline engine",
};

/** Why a request did not produce a suggestion (stored in AiInteractionLog.error, never PHI). */
export const AI_FAILURE_REASONS = [
  "timeout", "rate_limited", "service_error", "connection_failed", "auth_failed", "bad_request", "invalid_output", "interrupted", "internal_error",
] as const;
export type TAiFailureReason = (typeof AI_FAILURE_REASONS)[number];

/** The one sentence every degraded state starts with (UI.md: never a broken page). */
export const AI_UNAVAILABLE_NOTICE = "AI suggestions are unavailable right now — continue manually.";

const DETAIL: Record<TAiFailureReason, string> = {
  timeout: "The AI service took too long to answer.",
  rate_limited: "The AI service is busy (rate limit reached).",
  service_error: "The AI service reported an error.",
  connection_failed: "The AI service could not be reached.",
  auth_failed: "The AI service refused our credentials.",
  bad_request: "The AI service rejected the request.",
  invalid_output: "The AI answer did not pass validation twice and was discarded.",
  interrupted: "The request was interrupted before it finished.",
  internal_error: "Something went wrong while preparing the suggestion.",
};

/** Stored error text ("timeout: …") → the sentence shown under the notice. */
export function aiFailureDetail(error: string | null | undefined): string {
  const reason = (error ?? "").split(":")[0] as TAiFailureReason;
  return DETAIL[reason] ?? DETAIL.internal_error;
}
