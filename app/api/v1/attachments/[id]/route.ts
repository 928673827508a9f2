import { apiRoute } from "@/server/http/api-route";
import { attachmentResponseHeaders } from "@/lib/attachments/attachment-rules";
import { getAttachmentContent } from "@/server/attachments/get-attachment-content";
import { deleteAttachment } from "@/server/attachments/delete-attachment";

/** GET /api/v1/attachments/:id: the cleaned file, for the uploader or anyone the policy allows on its consultation. */
export const GET = apiRoute<{ id: string }>(async ({ params, actor, request }) => {
  const file = await getAttachmentContent(actor, params.id, "original", request);
  return new Response(new Uint8Array(file.bytes), { headers: attachmentResponseHeaders(file.mimeType, file.originalName, file.bytes.length) });
});

/** DELETE /api/v1/attachments/:id: the uploader removes a file not sent yet. 204. */
export const DELETE = apiRoute<{ id: string }>(async ({ params, actor, request }) => {
  await deleteAttachment(actor, params.id, request);
  return new Response(null, { status: 204 });
});
