/**
 * Reads the `file` field of a multipart upload for POST /api/v1/attachments.
 * The declared Content-Length is checked before anything is read; then the
 * body is read with a hard byte cap (a client may lie or stream without a
 * length), and only then parsed. Next's proxy layer (proxy.ts) buffers
 * bodies and cuts them at `proxyClientMaxBodySize`; next.config.ts sets that
 * above our cap, so a cut body is still over the cap and gets 413, not a
 * confusing "malformed upload".
 */
import { AppError } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES, MULTIPART_OVERHEAD_BYTES } from "@/lib/attachments/attachment-rules";
import type { UploadedFile } from "./create-attachment";

const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", "This file is bigger than 10 MB. Take a new photo, or make the file smaller, and try again.", {
    maxBytes: MAX_ATTACHMENT_BYTES,
  });

export async function readUploadForm(req: Request): Promise<UploadedFile> {
  // Keep the header as sent: the multipart boundary is case-sensitive.
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the file as multipart/form-data in a field named 'file'.");
  }
  const cap = MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD_BYTES;
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > cap) throw tooLarge();
  const body = await readCapped(req, cap);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
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

/** The whole body, refusing (413) as soon as it passes `cap` bytes. */
async function readCapped(req: Request, cap: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = req.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
