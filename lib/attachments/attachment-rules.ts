/**
 * What patients may upload, shared by the uploader UI, the REST door and the
 * use-case. Limits are product rules: 10 MB covers a full-resolution phone
 * photo or a scanned letter; 10 files is plenty for one problem and keeps a
 * clinician's review page readable.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_CONSULTATION = 10;
/** Multipart framing (boundary, part headers, file name) on top of the file itself. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export const ATTACHMENT_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "application/pdf"] as const;
export type AttachmentMimeType = (typeof ATTACHMENT_MIME_TYPES)[number];

/** What the file picker offers; the server still decides by content, never by this list. */
export const ATTACHMENT_ACCEPT = "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif,application/pdf";

/** Longest original file name we keep (names are shown to clinicians, never used as paths). */
export const MAX_ORIGINAL_NAME_LENGTH = 200;

/** A display-safe original name: no path, no control characters, bounded length. */
export function cleanOriginalName(name: string | null | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, MAX_ORIGINAL_NAME_LENGTH);
  return clean || null;
}

export function isImageMime(mime: string): boolean {
  return mime.startsWith("image/");
}

/**
 * Response headers for serving a stored file. Images are shown inline; PDFs
 * are always downloaded (a PDF can carry scripts, so it never renders in our
 * origin). nosniff stops a browser from second-guessing the type.
 */
export function attachmentResponseHeaders(mimeType: string, originalName: string | null, sizeBytes: number): Record<string, string> {
  const disposition = mimeType === "application/pdf" ? "attachment" : "inline";
  const fallback = `file.${extensionFor(mimeType)}`;
  const name = originalName ?? fallback;
  // ASCII fallback plus the RFC 5987 form, so no header injection and non-ASCII names survive.
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_");
  return {
    "Content-Type": mimeType,
    "Content-Length": String(sizeBytes),
    "Content-Disposition": `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

export function extensionFor(mimeType: string): string {
  const map: Record<string, string> = {
    "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/heic": "heic", "image/heif": "heif", "application/pdf": "pdf",
  };
  return map[mimeType] ?? "bin";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Attachment ids are UUIDs; anything else cannot exist (checked before querying). */
export function isAttachmentId(id: string): boolean {
  return UUID.test(id);
}
