import { apiRoute } from "@/server/http/api-route";
import { getConsultation } from "@/server/consultations/get-consultation";
import { parseConsultationId } from "@/server/http/params";

/** GET /api/v1/consultations/:id — only the fields the caller's role may see. */
export const GET = apiRoute<{ id: string }>(async ({ params, actor, request }) => getConsultation(actor, parseConsultationId(params.id), request));
