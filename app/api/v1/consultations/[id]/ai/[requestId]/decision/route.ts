import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { parseConsultationId } from "@/server/http/params";
import { ZAiDecisionInput } from "@/lib/schemas/ai";
import { parseAiRequestId } from "@/server/ai/parse-ai-request-id";
import { decideAiSuggestion } from "@/server/ai/decide-ai-suggestion";

/** POST /api/v1/consultations/:id/ai/:requestId/decision — accept, edit or reject one AI piece (assigned provider). */
export const POST = apiRoute<{ id: string; requestId: string }>(async ({ req, params, actor, request }) => {
  const input = await parseJsonBody(req, ZAiDecisionInput);
  return decideAiSuggestion(actor, parseConsultationId(params.id), parseAiRequestId(params.requestId), input, request);
});
