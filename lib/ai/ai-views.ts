/**
 * What GET /api/v1/consultations/:id/ai returns, as types the panel can import (the client must
 * not import server modules). server/ai/serialize-ai-request.ts and find-ai-requests.ts produce it.
 */
import type { TAiDecision, TAiEngine, TAiKind, TAiStatus } from "../schemas/ai";

export interface AiRequestView {
  id: string;
  kind: TAiKind;
  status: TAiStatus;
  output: unknown;
  engine: TAiEngine | null;
  model: string | null;
  promptVersion: string;
  deidentified: boolean;
  createdAt: string;
  finishedAt: string | null;
  latencyMs: number | null;
  promptTokens: number | null;
  completionTokens: number | null;
  attempts: number;
  decision: TAiDecision | null;
  finalText: unknown;
  providerModifications: unknown;
  deviationReason: string | null;
  decidedAt: string | null;
  notice: { message: string; detail: string } | null;
}

export interface AiDeviationView {
  requestId: string;
  aiCode: string;
  providerCode: string;
  differs: boolean;
  reason: string | null;
}

export interface AiListView {
  items: AiRequestView[];
  nextCursor: string | null;
  engine: { engine: TAiEngine; label: string; deidentifies: boolean };
  canRequest: boolean;
  deviation: AiDeviationView | null;
}
