/**
 * The provider abstraction: an engine turns one rendered request into raw JSON text and usage.
 * Three implementations: OpenAI and any OpenAI-compatible endpoint (openai-engine.ts, the real
 * `openai` client) and the built-in offline engine (offline-engine.ts). Expected service failures
 * are thrown as AiServiceError with a reason code, so the caller can degrade to the manual
 * workflow; anything else is a bug and is thrown as is.
 */
import type { ChatMessage } from "@/lib/ai/prompts";
import type { AiContext } from "@/lib/ai/ai-context";
import type { TAiFailureReason } from "@/lib/ai/ai-kinds";
import type { TAiEngine, TAiKind } from "@/lib/schemas/ai";
import type { AiFunctionSettings } from "./ai-config";

export interface AiCompletionRequest {
  kind: TAiKind;
  messages: ChatMessage[];
  /** The context as sent (the offline engine reads it directly instead of the messages). */
  context: AiContext;
  schemaName: string;
  jsonSchema: Record<string, unknown>;
  settings: AiFunctionSettings;
}

export interface AiCompletion {
  raw: string | null;
  promptTokens: number | null;
  completionTokens: number | null;
  /** The model that answered, as the service reports it. */
  model: string;
}

export interface AiEngine {
  engine: TAiEngine;
  complete(request: AiCompletionRequest): Promise<AiCompletion>;
}

export class AiServiceError extends Error {
  readonly reason: TAiFailureReason;
  readonly status: number | undefined;

  constructor(reason: TAiFailureReason, status?: number) {
    // No upstream message: providers may echo parts of the request (PHI) in their errors.
    super(status ? `${reason} (HTTP ${status})` : reason);
    this.name = "AiServiceError";
    this.reason = reason;
    this.status = status;
  }
}
