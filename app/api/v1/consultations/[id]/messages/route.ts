import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { ZSendMessageInput } from "@/lib/schemas/messages";
import { findMessages, sendMessage } from "@/server/messaging/send-message";
import { parseConsultationId } from "@/server/http/params";

/** GET /api/v1/consultations/:id/messages — the thread (marks the other side's messages read). */
export const GET = apiRoute<{ id: string }>(async ({ params, actor, request }) => findMessages(actor, parseConsultationId(params.id), request));

/** POST /api/v1/consultations/:id/messages — send a message; a patient's reply to a question resumes the review. */
export const POST = apiRoute<{ id: string }>(async ({ req, params, actor, request }) => {
  const input = await parseJsonBody(req, ZSendMessageInput);
  const m = await sendMessage(actor, parseConsultationId(params.id), input, request);
  return NextResponse.json({ id: m.id, createdAt: m.createdAt.toISOString() }, { status: 201 });
});
