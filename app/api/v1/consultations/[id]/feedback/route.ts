import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { ZFeedbackInput } from "@/lib/schemas/feedback";
import { submitFeedback } from "@/server/feedback/submit-feedback";
import { parseConsultationId } from "@/server/http/params";

/** POST /api/v1/consultations/:id/feedback {rating 1-5, comment?} — the patient rates a completed consultation (once). */
export const POST = apiRoute<{ id: string }>(async ({ req, params, actor, request }) => {
  const f = await submitFeedback(actor, parseConsultationId(params.id), await parseJsonBody(req, ZFeedbackInput), request);
  return NextResponse.json({ rating: f.rating, createdAt: f.createdAt.toISOString() }, { status: 201 });
});
