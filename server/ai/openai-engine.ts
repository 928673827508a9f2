/**
 * OpenAI and OpenAI-compatible endpoints through the official `openai` client, with structured
 * outputs (`response_format: json_schema`, strict). The client's own retries are off
 * (maxRetries: 0): a rate limit or an outage degrades to the manual workflow at once instead of
 * keeping a clinician waiting, and the only retry is ours, for an answer that fails validation.
 */
import OpenAI from "openai";
import type { AiCompletion, AiCompletionRequest, AiEngine } from "./ai-engine";
import { AiServiceError } from "./ai-engine";
import type { TAiEngine } from "@/lib/schemas/ai";

export interface OpenAiEngineOptions {
  engine: Extract<TAiEngine, "openai" | "compatible">;
  baseUrl: string;
  apiKey: string | null;
  timeoutMs: number;
}

/** Maps the client's errors to reason codes; unknown errors are rethrown (bugs, not outages). */
export function toServiceError(e: unknown): AiServiceError {
  if (e instanceof OpenAI.APIConnectionTimeoutError) return new AiServiceError("timeout");
  if (e instanceof OpenAI.APIConnectionError) return new AiServiceError("connection_failed");
  if (e instanceof OpenAI.RateLimitError) return new AiServiceError("rate_limited", 429);
  if (e instanceof OpenAI.AuthenticationError || e instanceof OpenAI.PermissionDeniedError) return new AiServiceError("auth_failed", e.status);
  if (e instanceof OpenAI.APIError) {
    const status = typeof e.status === "number" ? e.status : undefined;
    return new AiServiceError(status !== undefined && status >= 500 ? "service_error" : status === undefined ? "service_error" : "bad_request", status);
  }
  throw e;
}

export function createOpenAiEngine(o: OpenAiEngineOptions): AiEngine {
  // Compatible servers often need no key, but the client insists on one.
  const client = new OpenAI({ apiKey: o.apiKey ?? "not-needed", baseURL: o.baseUrl, maxRetries: 0, timeout: o.timeoutMs });
  return {
    engine: o.engine,
    async complete(req: AiCompletionRequest): Promise<AiCompletion> {
      try {
        const res = await client.chat.completions.create({
          model: req.settings.model,
          temperature: req.settings.temperature,
          // OpenAI's current models take max_completion_tokens; most compatible servers only know max_tokens.
          ...(o.engine === "openai" ? { max_completion_tokens: req.settings.maxTokens } : { max_tokens: req.settings.maxTokens }),
          messages: req.messages,
          response_format: { type: "json_schema", json_schema: { name: req.schemaName, schema: req.jsonSchema, strict: true } },
        });
        const choice = res.choices?.[0];
        // A refusal is an answer that cannot pass validation: treat it like invalid output.
        const raw = choice?.message?.refusal ? null : (choice?.message?.content ?? null);
        return { raw, promptTokens: res.usage?.prompt_tokens ?? null, completionTokens: res.usage?.completion_tokens ?? null, model: res.model || req.settings.model };
      } catch (e) {
        throw toServiceError(e);
      }
    },
  };
}
