import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { createAttachment } from "@/server/attachments/create-attachment";
import { readUploadForm } from "@/server/attachments/read-upload-form";

/**
 * POST /api/v1/attachments (patient): multipart/form-data, field `file`.
 * 201 with the summary; 413 over 10 MB; 415 when the content is not a JPEG,
 * PNG, HEIC/HEIF, WebP or PDF; 422 GUARD_FAILED past 10 unsent files.
 */
export const POST = apiRoute(async ({ req, actor, request }) => {
  const file = await readUploadForm(req);
  const summary = await createAttachment(actor, file, request);
  return NextResponse.json(summary, { status: 201 });
});
