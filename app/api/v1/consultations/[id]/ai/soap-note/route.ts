import { aiRequestRoute } from "@/server/ai/ai-request-route";

/** POST /api/v1/consultations/:id/ai/soap-note — queue an AI soap_note draft (assigned provider); 202 {id, status}. */
export const POST = aiRequestRoute("soap_note");
