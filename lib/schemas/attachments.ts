/** What the attachment endpoints answer (REST v1, the uploader and the OpenAPI document). */
import { z } from "zod";
import { ATTACHMENT_MIME_TYPES } from "../attachments/attachment-rules";

export const ZAttachmentSummary = z
  .object({
    id: z.string().uuid(),
    mimeType: z.enum(ATTACHMENT_MIME_TYPES).describe("Detected from the content; HEIC that could be decoded is stored as JPEG."),
    sizeBytes: z.number().int().nonnegative().describe("Size of the stored (cleaned) file."),
    originalName: z.string().nullable(),
    hasThumbnail: z.boolean().describe("False for PDFs and for HEIC photos that could not be decoded."),
  })
  .strict()
  .describe("An uploaded photo or document, metadata removed, stored encrypted.");

export type TAttachmentSummary = z.infer<typeof ZAttachmentSummary>;
