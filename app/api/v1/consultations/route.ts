import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, parseJsonBody, parseQuery } from "@/server/http/api-route";
import { ZIntake } from "@/lib/schemas/intake";
import { ZListConsultationsQuery } from "@/lib/schemas/consultations";
import { submitIntake } from "@/server/intake/submit-intake";
import { findConsultations } from "@/server/consultations/find-consultations";
import { getConsultation } from "@/server/consultations/get-consultation";
import { AppError } from "@/lib/errors";

const ZIdempotencyKey = z.string().min(8).max(200).regex(/^[\w.:-]+$/);

/** GET /api/v1/consultations: what the caller may see, keyset-paginated. */
export const GET = apiRoute(async ({ req, actor, request }) => findConsultations(actor, parseQuery(req, ZListConsultationsQuery), request));

/** POST /api/v1/consultations (patient): create from an intake and triage it. Honours Idempotency-Key. */
export const POST = apiRoute(async ({ req, actor, request }) => {
  const rawKey = req.headers.get("idempotency-key") ?? undefined;
  if (rawKey !== undefined && !ZIdempotencyKey.safeParse(rawKey).success) {
    throw new AppError("VALIDATION_FAILED", "Idempotency-Key must be 8-200 characters of letters, digits, '-', '_', '.' or ':'.", {
      fieldErrors: { "Idempotency-Key": ["Invalid header"] },
    });
  }
  const intake = await parseJsonBody(req, ZIntake);
  const { consultation, replayed } = await submitIntake(actor, intake, request, rawKey);
  const body = await getConsultation(actor, consultation.id, request);
  return NextResponse.json(body, { status: 201, headers: replayed ? { "Idempotent-Replayed": "true" } : {} });
});
