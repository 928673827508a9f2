import { apiRoute } from "@/server/http/api-route";
import { attachmentResponseHeaders } from "@/lib/attachments/attachment-rules";
import { getAttachmentContent } from "@/server/attachments/get-attachment-content";

/** GET /api/v1/attachments/:id/thumbnail: a 320 px WebP preview (404 for PDFs and undecodable HEIC). */
export const GET = apiRoute<{ id: string }>(async ({ params, actor, request }) => {
  const file = await getAttachmentContent(actor, params.id, "thumbnail", request);
  return new Response(new Uint8Array(file.bytes), { headers: attachmentResponseHeaders(file.mimeType, null, file.bytes.length) });
});
