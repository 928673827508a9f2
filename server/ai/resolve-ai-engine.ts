/**
 * Chooses the engine for a request and decides what it may receive:
 * - no endpoint configured, or its registry row disabled → the offline engine (full context;
 *   it never leaves the process);
 * - a configured endpoint whose registry row is BAA-covered → the full context (PHI);
 * - any other configured endpoint → the de-identified context only.
 * Nothing goes to an external service unless OPENAI_API_KEY or OPENAI_BASE_URL is set.
 */
import { AI_ENGINE_LABELS } from "@/lib/ai/ai-kinds";
import { OFFLINE_RULES_VERSION } from "@/lib/ai/offline/run-offline-engine";
import type { TAiEngine, TAiKind } from "@/lib/schemas/ai";
import { getAiConfig, type AiConfig } from "./ai-config";
import type { AiEngine } from "./ai-engine";
import { ensureAiService, findAiService } from "./ensure-ai-service";
import { offlineEngine } from "./offline-engine";
import { createOpenAiEngine } from "./openai-engine";

export interface ResolvedAiEngine {
  engine: AiEngine;
  name: TAiEngine;
  serviceKey: string | null;
  /** True when the full (identified) context may be used: offline, or a BAA-covered service. */
  sendsPhi: boolean;
  /** Model, temperature and token limit recorded with the request (null where they do not apply). */
  settings(kind: TAiKind): { model: string; temperature: number | null; maxTokens: number | null };
}

const OFFLINE: ResolvedAiEngine = {
  engine: offlineEngine, name: "offline", serviceKey: null, sendsPhi: true,
  settings: () => ({ model: OFFLINE_RULES_VERSION, temperature: null, maxTokens: null }),
};

/** For the job: registers the endpoint (BAA flag from config) and returns the engine to call. */
export async function resolveAiEngine(config: AiConfig = getAiConfig()): Promise<ResolvedAiEngine> {
  if (config.engine === "offline") return OFFLINE;
  const service = await ensureAiService(config);
  if (!service?.enabled) return OFFLINE;
  const engine = createOpenAiEngine({ engine: config.engine, baseUrl: config.baseUrl!, apiKey: config.apiKey, timeoutMs: config.timeoutMs });
  return { engine, name: config.engine, serviceKey: service.key, sendsPhi: service.baaCovered, settings: (kind) => config.settings(kind) };
}

export interface AiEngineSummary {
  engine: TAiEngine;
  label: string;
  /** Input to this engine is de-identified (a service without a BAA). */
  deidentifies: boolean;
}

/** For read paths (the panel's label): what a new request would use, without writing the registry. */
export async function describeAiEngine(config: AiConfig = getAiConfig()): Promise<AiEngineSummary> {
  if (config.engine === "offline") return { engine: "offline", label: AI_ENGINE_LABELS.offline, deidentifies: false };
  const service = await findAiService(config);
  if (service && !service.enabled) return { engine: "offline", label: AI_ENGINE_LABELS.offline, deidentifies: false };
  const baa = service ? service.baaCovered : config.baaCovered;
  return { engine: config.engine, label: service?.name ?? AI_ENGINE_LABELS[config.engine], deidentifies: !baa };
}
