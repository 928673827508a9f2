import { aiRequestRoute } from "@/server/ai/ai-request-route";

/** POST /api/v1/consultations/:id/ai/patient-message — queue an AI patient_message draft (assigned provider); 202 {id, status}. */
export const POST = aiRequestRoute("patient_message");
