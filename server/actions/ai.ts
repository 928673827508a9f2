"use server";

import "server-only";
import { z } from "zod";
import { ZAiDecisionInput, ZAiDeviationInput, ZAiKind } from "@/lib/schemas/ai";
import { authedAction } from "../auth/authed-action";
import { requestAiSuggestion } from "../ai/request-ai-suggestion";
import { decideAiSuggestion } from "../ai/decide-ai-suggestion";
import { recordAiDeviation } from "../ai/record-ai-deviation";

const ZId = z.string().uuid();

/** The AI panel's "Generate" buttons: queue one AI function (assigned provider). */
export async function requestAiAction(consultationId: string, kind: unknown) {
  return authedAction(z.strictObject({ id: ZId, kind: ZAiKind }), { id: consultationId, kind }, ({ actor, request, input }) =>
    requestAiSuggestion(actor, input.id, input.kind, request),
  );
}

/** Accept / edit / reject one AI piece. */
export async function decideAiAction(consultationId: string, requestId: string, decision: unknown) {
  return authedAction(z.strictObject({ id: ZId, requestId: ZId, decision: ZAiDecisionInput }), { id: consultationId, requestId, decision }, ({ actor, request, input }) =>
    decideAiSuggestion(actor, input.id, input.requestId, input.decision, request),
  );
}

/** Why the diagnosis in the notes differs from the AI's. */
export async function recordAiDeviationAction(consultationId: string, requestId: string, input: unknown) {
  return authedAction(z.strictObject({ id: ZId, requestId: ZId, input: ZAiDeviationInput }), { id: consultationId, requestId, input }, ({ actor, request, input: v }) =>
    recordAiDeviation(actor, v.id, v.requestId, v.input.reason, request),
  );
}
