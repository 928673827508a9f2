/**
 * The door of POST /api/v1/consultations/:id/ai/{assessment|medications|soap-note|patient-message}:
 * one handler per function, all the same — resolve the actor (apiRoute), parse the id, call
 * requestAiSuggestion, answer 202 {id, status}. No body.
 */
import { NextResponse } from "next/server";
import type { TAiKind } from "@/lib/schemas/ai";
import { apiRoute } from "../http/api-route";
import { parseConsultationId } from "../http/params";
import { requestAiSuggestion } from "./request-ai-suggestion";

export function aiRequestRoute(kind: TAiKind) {
  return apiRoute<{ id: string }>(async ({ params, actor, request }) => {
    const accepted = await requestAiSuggestion(actor, parseConsultationId(params.id), kind, request);
    return NextResponse.json(accepted, { status: 202 });
  });
}
