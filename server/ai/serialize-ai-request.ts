/** One AiInteractionLog row as the API and the panel see it (ids, status, validated output, the decision). */
import { AI_UNAVAILABLE_NOTICE, aiFailureDetail } from "@/lib/ai/ai-kinds";
import type { AiRequestView } from "@/lib/ai/ai-views";
import type { TAiDecision, TAiEngine, TAiKind, TAiStatus } from "@/lib/schemas/ai";
import type { AiInteractionLog } from "../db/generated/prisma/client";

export function serializeAiRequest(r: AiInteractionLog): AiRequestView {
  const degraded = r.status === "unavailable" || r.status === "failed";
  return {
    id: r.id,
    kind: r.kind as TAiKind,
    status: r.status as TAiStatus,
    /** Validated output; null unless ready. */
    output: r.status === "ready" ? r.output : null,
    engine: r.engine as TAiEngine | null,
    model: r.model,
    promptVersion: r.promptVersion,
    deidentified: r.deidentified,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    latencyMs: r.latencyMs,
    promptTokens: r.promptTokens,
    completionTokens: r.completionTokens,
    attempts: r.attempts,
    decision: r.decision as TAiDecision | null,
    /** The provider's approved version (null until decided, and for rejections). */
    finalText: r.finalText,
    providerModifications: r.providerModifications,
    deviationReason: r.deviationReason,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    notice: degraded ? { message: AI_UNAVAILABLE_NOTICE, detail: aiFailureDetail(r.error) } : null,
  };
}
