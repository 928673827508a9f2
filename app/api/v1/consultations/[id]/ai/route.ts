import { apiRoute, parseQuery } from "@/server/http/api-route";
import { parseConsultationId } from "@/server/http/params";
import { ZAiListQuery } from "@/lib/schemas/ai";
import { findAiRequests } from "@/server/ai/find-ai-requests";

/** GET /api/v1/consultations/:id/ai — the AI requests of a consultation, newest first (clinical team). */
export const GET = apiRoute<{ id: string }>(async ({ req, params, actor, request }) =>
  findAiRequests(actor, parseConsultationId(params.id), parseQuery(req, ZAiListQuery), request),
);
