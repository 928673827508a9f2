import { apiRoute } from "@/server/http/api-route";
import { acknowledgeMessage } from "@/server/messaging/acknowledge-message";
import { parseConsultationId } from "@/server/http/params";
import { AppError } from "@/lib/errors";

/** POST /api/v1/consultations/:id/messages/:messageId/acknowledge — the patient confirms a critical message. */
export const POST = apiRoute<{ id: string; messageId: string }>(async ({ params, actor, request }) => {
  if (!/^[0-9a-f-]{36}$/i.test(params.messageId)) throw new AppError("NOT_FOUND", "Message not found.");
  return acknowledgeMessage(actor, parseConsultationId(params.id), params.messageId, request);
});
