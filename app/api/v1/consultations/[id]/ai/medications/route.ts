import { aiRequestRoute } from "@/server/ai/ai-request-route";

/** POST /api/v1/consultations/:id/ai/medications — queue an AI medications draft (assigned provider); 202 {id, status}. */
export const POST = aiRequestRoute("medications");
