/**
 * The built-in offline engine: rule-based, deterministic, no network. It answers in exactly the
 * JSON the model-facing schemas require, so its output goes through the same validation and
 * post-processing as a language model's. Always allowed: the context never leaves the process.
 */
import type { TAiKind } from "../../schemas/ai";
import type { AiContext } from "../ai-context";
import { offlineAssessment } from "./offline-assessment";
import { offlineMedications, offlineSoapNote } from "./offline-drafts";
import { offlinePatientMessage } from "./offline-patient-message";

/** Shown as the "model" of offline requests; bump when the rules or the knowledge table change. */
export const OFFLINE_RULES_VERSION = "offline-rules@1";

export function runOfflineEngine(kind: TAiKind, ctx: AiContext): unknown {
  switch (kind) {
    case "assessment":
      return offlineAssessment(ctx);
    case "medications":
      return offlineMedications(ctx);
    case "soap_note":
      return offlineSoapNote(ctx);
    case "patient_message":
      return offlinePatientMessage(ctx);
  }
}
