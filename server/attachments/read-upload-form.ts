/**
 * Reads the `file` field of a multipart upload for POST /api/v1/attachments.
 * The declared Content-Length is checked before anything is buffered, then
 * the real size: a client may lie or send no length at all. (Next's proxy
 * layer also caps buffered bodies; next.config.ts sets that cap just above
 * MAX_ATTACHMENT_BYTES plus multipart framing.)
 */
import { AppError } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES, MULTIPART_OVERHEAD_BYTES } from "@/lib/attachments/attachment-rules";
import type { UploadedFile } from "./create-attachment";

const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", "This file is bigger than 10 MB. Take a new photo, or make the file smaller, and try again.", {
    maxBytes: MAX_ATTACHMENT_BYTES,
  });

export async function readUploadForm(req: Request): Promise<UploadedFile> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the file as multipart/form-data in a field named 'file'.");
  }
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD_BYTES) throw tooLarge();
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new AppError("VALIDATION_FAILED", "We could not read the upload. Choose the file again.", { fieldErrors: { file: ["Malformed multipart body"] } });
  }
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw new AppError("VALIDATION_FAILED", "Choose a photo or file to add.", { fieldErrors: { file: ["Missing field 'file'"] } });
  }
  if (file.size > MAX_ATTACHMENT_BYTES) throw tooLarge();
  return { bytes: Buffer.from(await file.arrayBuffer()), originalName: file.name };
}
