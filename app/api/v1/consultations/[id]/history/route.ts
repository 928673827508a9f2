import { apiRoute } from "@/server/http/api-route";
import { findHistory } from "@/server/consultations/find-history";
import { parseConsultationId } from "@/server/http/params";

/** GET /api/v1/consultations/:id/history — the state history. */
export const GET = apiRoute<{ id: string }>(async ({ params, actor, request }) => findHistory(actor, parseConsultationId(params.id), request));
