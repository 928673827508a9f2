/** The built-in rule-based engine behind the AiEngine interface (no network, no tokens). */
import { OFFLINE_RULES_VERSION, runOfflineEngine } from "@/lib/ai/offline/run-offline-engine";
import type { AiEngine } from "./ai-engine";

export const offlineEngine: AiEngine = {
  engine: "offline",
  async complete(request) {
    return { raw: JSON.stringify(runOfflineEngine(request.kind, request.context)), promptTokens: null, completionTokens: null, model: OFFLINE_RULES_VERSION };
  },
};
