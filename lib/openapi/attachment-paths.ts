/**
 * OpenAPI paths for /api/v1/attachments (kept apart from document.ts so each
 * area documents its own routes). Files are multipart uploads and binary
 * downloads, so only the summary is a zod schema (lib/schemas/attachments.ts).
 */
import { z } from "zod";
import { ZAttachmentSummary } from "../schemas/attachments";
import { APP_ERROR_STATUS } from "../errors";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_CONSULTATION } from "../attachments/attachment-rules";

type Code = keyof typeof APP_ERROR_STATUS;
const err = { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const errors = (...codes: Code[]) =>
  Object.fromEntries(codes.map((c) => [String(APP_ERROR_STATUS[c]), { description: c, ...err }]));
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const binary = (types: string[], description: string) => ({
  description,
  headers: {
    "Cache-Control": { schema: { type: "string", const: "private, no-store" } },
    "X-Content-Type-Options": { schema: { type: "string", const: "nosniff" } },
    "Content-Disposition": { schema: { type: "string" }, description: "inline for images, attachment for PDF" },
  },
  content: Object.fromEntries(types.map((t) => [t, { schema: { type: "string", contentEncoding: "binary" } }])),
});

export const attachmentSchemas = { AttachmentSummary: z.toJSONSchema(ZAttachmentSummary, { io: "output", unrepresentable: "any" }) };

export const attachmentPaths: Record<string, object> = {
  "/api/v1/attachments": {
    post: {
      summary: "Upload a photo or document for the next consultation (patient)",
      description:
        `At most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB per file and ${MAX_ATTACHMENTS_PER_CONSULTATION} unsent files per patient. ` +
        "The type is detected from the content (JPEG, PNG, HEIC/HEIF, WebP, PDF). Image metadata (Exif, GPS, XMP) is removed; " +
        "files are stored encrypted. Files stay unlinked until POST /api/v1/consultations names them in attachmentIds.",
      requestBody: {
        required: true,
        content: { "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", contentEncoding: "binary" } } } } },
      },
      responses: {
        "201": { description: "Stored", content: { "application/json": { schema: { $ref: "#/components/schemas/AttachmentSummary" } } } },
        ...errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "GUARD_FAILED"),
      },
    },
  },
  "/api/v1/attachments/{id}": {
    get: {
      summary: "Download a file (the uploader, or anyone the policy allows on its consultation); audited",
      parameters: [idParam],
      responses: { "200": binary(["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "application/pdf"], "The file"), ...errors("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND") },
    },
    delete: {
      summary: "Remove a file not yet sent with a consultation (the uploader)",
      parameters: [idParam],
      responses: { "204": { description: "Removed" }, ...errors("UNAUTHENTICATED", "NOT_FOUND", "GUARD_FAILED") },
    },
  },
  "/api/v1/attachments/{id}/thumbnail": {
    get: {
      summary: "A 320 px WebP preview of an image (404 for PDFs and HEIC that could not be decoded)",
      parameters: [idParam],
      responses: { "200": binary(["image/webp"], "The preview"), ...errors("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND") },
    },
  },
};
