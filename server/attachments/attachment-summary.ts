import type { TAttachmentSummary } from "@/lib/schemas/attachments";
import type { AttachmentMimeType } from "@/lib/attachments/attachment-rules";
import type { Attachment } from "../db/generated/prisma/client";

/** The public view of an attachment row: no storage keys, no hashes. */
export function toAttachmentSummary(a: Attachment): TAttachmentSummary {
  return {
    id: a.id,
    mimeType: a.mimeType as AttachmentMimeType,
    sizeBytes: a.sizeBytes,
    originalName: a.originalName,
    hasThumbnail: a.thumbnailKey !== null,
  };
}
