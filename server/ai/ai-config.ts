/**
 * AI decision-support settings, validated with zod and re-read on each call (cheap, and tests
 * change the environment between cases). Every variable is optional:
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | OPENAI_API_KEY | — | Use OpenAI (engine "openai"). |
 * | OPENAI_BASE_URL | — | Use this OpenAI-compatible endpoint instead (engine "compatible"), e.g. a self-hosted model. |
 * | AI_SERVICE_BAA | false | A Business Associate Agreement covers the configured endpoint: PHI may be sent. Otherwise the input is de-identified. |
 * | AI_SERVICE_NAME | derived | Name of the endpoint in the external-service registry. |
 * | AI_TIMEOUT_MS | 20000 | One call gives up after this long (then: unavailable, continue manually). |
 * | AI_MODEL | gpt-4o-mini | Default model of every function. |
 * | AI_MODEL_<FN> | AI_MODEL | Model per function; FN = ASSESSMENT, MEDICATIONS, SOAP_NOTE, PATIENT_MESSAGE. |
 * | AI_TEMPERATURE_<FN> | 0.2 / 0.1 / 0.3 / 0.5 | Sampling temperature per function. |
 * | AI_MAX_TOKENS_<FN> | 800 / 800 / 1200 / 900 | Output token limit per function. |
 */
import { z } from "zod";
import type { TAiEngine, TAiKind } from "@/lib/schemas/ai";

const FN: Record<TAiKind, string> = { assessment: "ASSESSMENT", medications: "MEDICATIONS", soap_note: "SOAP_NOTE", patient_message: "PATIENT_MESSAGE" };
const DEFAULTS: Record<TAiKind, { temperature: number; maxTokens: number }> = {
  assessment: { temperature: 0.2, maxTokens: 800 },
  medications: { temperature: 0.1, maxTokens: 800 },
  soap_note: { temperature: 0.3, maxTokens: 1200 },
  patient_message: { temperature: 0.5, maxTokens: 900 },
};

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s.optional());

const ZAiEnv = z.object({
  OPENAI_API_KEY: optional(z.string().min(1)),
  OPENAI_BASE_URL: optional(z.string().url()),
  AI_SERVICE_BAA: z.preprocess(blankToUndefined, z.enum(["true", "false"]).default("false")).transform((v) => v === "true"),
  AI_SERVICE_NAME: optional(z.string().min(1).max(120)),
  AI_TIMEOUT_MS: z.preprocess(blankToUndefined, z.coerce.number().int().min(100).max(300_000).default(20_000)),
  AI_MODEL: z.preprocess(blankToUndefined, z.string().min(1).max(200).default("gpt-4o-mini")),
});

export interface AiFunctionSettings {
  model: string;
  temperature: number;
  maxTokens: number;
}

export interface AiConfig {
  /** Which engine the configuration selects. */
  engine: TAiEngine;
  apiKey: string | null;
  baseUrl: string | null;
  baaCovered: boolean;
  serviceName: string | null;
  timeoutMs: number;
  settings(kind: TAiKind): AiFunctionSettings;
}

const OPENAI_URL = "https://api.openai.com/v1";

/** process.env, or a plain object in tests. */
export type AiEnv = Record<string, string | undefined>;

function number(env: AiEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`Invalid AI configuration: ${key} must be a number from ${min} to ${max}`);
  return n;
}

/** The current configuration; throws on an invalid value rather than silently picking another engine. */
export function getAiConfig(env: AiEnv = process.env): AiConfig {
  const parsed = ZAiEnv.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid AI configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  const c = parsed.data;
  // A base URL wins: it is how a self-hosted model is chosen even when an OpenAI key is also present.
  const baseUrl = c.OPENAI_BASE_URL ?? (c.OPENAI_API_KEY ? OPENAI_URL : null);
  const engine: TAiEngine = !baseUrl ? "offline" : new URL(baseUrl).hostname === "api.openai.com" ? "openai" : "compatible";
  return {
    engine,
    apiKey: c.OPENAI_API_KEY ?? null,
    baseUrl: engine === "offline" ? null : baseUrl,
    baaCovered: c.AI_SERVICE_BAA,
    serviceName: c.AI_SERVICE_NAME ?? null,
    timeoutMs: c.AI_TIMEOUT_MS,
    settings(kind) {
      const fn = FN[kind];
      const model = env[`AI_MODEL_${fn}`]?.trim() || c.AI_MODEL;
      return {
        model,
        temperature: number(env, `AI_TEMPERATURE_${fn}`, DEFAULTS[kind].temperature, 0, 2),
        maxTokens: Math.round(number(env, `AI_MAX_TOKENS_${fn}`, DEFAULTS[kind].maxTokens, 16, 32_000)),
      };
    },
  };
}
