/**
 * One AI request with validation: call the engine, parse and validate the answer against the
 * function's schema, and on failure retry once with the validation errors (two attempts in all).
 * Latency and token usage add up over the attempts; every failed attempt's errors and raw answer
 * are kept for the log. A service failure (timeout, 429, 5xx, connection) ends the request.
 */
import { parseModelOutput } from "@/lib/ai/ai-output-schemas";
import { correctionMessage } from "@/lib/ai/prompts";
import type { AiCompletionRequest, AiEngine } from "./ai-engine";
import { AiServiceError } from "./ai-engine";

/** The first answer plus one retry after a validation failure. */
export const MAX_ATTEMPTS = 2;

export interface FailedAttempt {
  attempt: number;
  errors: string[];
  rawOutput: string | null;
}

export interface CallOutcome {
  /** The model-schema-valid value, or null. */
  value: unknown;
  raw: string | null;
  model: string | null;
  attempts: number;
  latencyMs: number;
  promptTokens: number | null;
  completionTokens: number | null;
  failedAttempts: FailedAttempt[];
  serviceError: AiServiceError | null;
}

const add = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));

export async function callAiWithValidation(engine: AiEngine, request: AiCompletionRequest): Promise<CallOutcome> {
  const out: CallOutcome = { value: null, raw: null, model: null, attempts: 0, latencyMs: 0, promptTokens: null, completionTokens: null, failedAttempts: [], serviceError: null };
  let messages = request.messages;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    out.attempts = attempt;
    const t0 = performance.now();
    try {
      const res = await engine.complete({ ...request, messages });
      out.latencyMs += Math.round(performance.now() - t0);
      out.raw = res.raw;
      out.model = res.model;
      out.promptTokens = add(out.promptTokens, res.promptTokens);
      out.completionTokens = add(out.completionTokens, res.completionTokens);
      const parsed = parseModelOutput(request.kind, res.raw);
      if (parsed.ok) {
        out.value = parsed.value;
        return out;
      }
      out.failedAttempts.push({ attempt, errors: parsed.errors, rawOutput: res.raw });
      messages = [...request.messages, ...(res.raw ? [{ role: "assistant" as const, content: res.raw }] : []), correctionMessage(parsed.errors)];
    } catch (e) {
      out.latencyMs += Math.round(performance.now() - t0);
      if (!(e instanceof AiServiceError)) throw e;
      out.serviceError = e;
      return out;
    }
  }
  return out;
}
