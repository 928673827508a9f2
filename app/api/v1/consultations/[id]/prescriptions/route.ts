import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { parseConsultationId } from "@/server/http/params";
import { ZApprovePrescriptionsInput } from "@/lib/schemas/prescriptions";
import { approvePrescriptions } from "@/server/prescriptions/approve-prescriptions";
import { findConsultationPrescriptions } from "@/server/prescriptions/find-consultation-prescriptions";

/** GET /api/v1/consultations/:id/prescriptions — the consultation's prescriptions, in the caller's view. */
export const GET = apiRoute<{ id: string }>(async ({ params, actor, request }) => findConsultationPrescriptions(actor, parseConsultationId(params.id), request));

/** POST /api/v1/consultations/:id/prescriptions — approve (fresh MFA; safety re-checked; 422 when an override is needed). */
export const POST = apiRoute<{ id: string }>(async ({ req, params, actor, request }) => {
  const id = parseConsultationId(params.id);
  const input = await parseJsonBody(req, ZApprovePrescriptionsInput);
  return NextResponse.json(await approvePrescriptions(actor, id, input, request), { status: 201 });
});
