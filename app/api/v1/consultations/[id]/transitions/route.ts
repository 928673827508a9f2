import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { ZTransitionInput } from "@/lib/schemas/consultations";
import { requestTransition } from "@/server/consultations/request-transition";
import { getConsultation } from "@/server/consultations/get-consultation";
import { parseConsultationId } from "@/server/http/params";

/** POST /api/v1/consultations/:id/transitions — runs the state machine; returns the updated consultation. */
export const POST = apiRoute<{ id: string }>(async ({ req, params, actor, request }) => {
  const id = parseConsultationId(params.id);
  const input = await parseJsonBody(req, ZTransitionInput);
  await requestTransition(actor, id, input, request);
  return getConsultation(actor, id, request);
});
