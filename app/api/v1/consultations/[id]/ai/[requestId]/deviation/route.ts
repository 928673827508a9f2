import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { parseConsultationId } from "@/server/http/params";
import { ZAiDeviationInput } from "@/lib/schemas/ai";
import { parseAiRequestId } from "@/server/ai/parse-ai-request-id";
import { recordAiDeviation } from "@/server/ai/record-ai-deviation";

/** POST /api/v1/consultations/:id/ai/:requestId/deviation — why the notes' diagnosis differs from the AI's (assigned provider). */
export const POST = apiRoute<{ id: string; requestId: string }>(async ({ req, params, actor, request }) => {
  const { reason } = await parseJsonBody(req, ZAiDeviationInput);
  return recordAiDeviation(actor, parseConsultationId(params.id), parseAiRequestId(params.requestId), reason, request);
});
