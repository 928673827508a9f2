import { aiRequestRoute } from "@/server/ai/ai-request-route";

/** POST /api/v1/consultations/:id/ai/assessment — queue an AI assessment draft (assigned provider); 202 {id, status}. */
export const POST = aiRequestRoute("assessment");
