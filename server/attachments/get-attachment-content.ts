/**
 * Reads a stored attachment (or its thumbnail) for someone allowed to see it:
 * - not yet linked to a consultation: only the patient who uploaded it;
 * - linked: whoever the policy lets handle that consultation's attachments
 *   (getAuthorizedConsultation, which audits its own denials).
 * Authorise before revealing anything: an unlinked file of someone else is a
 * plain 404, so ids cannot be probed. Every read and denial is audited.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isAttachmentId } from "@/lib/attachments/attachment-rules";
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { getAuthorizedConsultation } from "../consultations/get-consultation";
import { readStoredFile } from "./attachment-storage";

export type AttachmentVariant = "original" | "thumbnail";

export interface AttachmentContent {
  bytes: Buffer;
  mimeType: string;
  originalName: string | null;
}

export async function getAttachmentContent(actor: UserActor, id: string, variant: AttachmentVariant, request: RequestContext): Promise<AttachmentContent> {
  const row = isAttachmentId(id) ? await db.attachment.findUnique({ where: { id } }) : null;
  let patientId: string | null = null;
  if (row?.consultationId) {
    const { consultation } = await getAuthorizedConsultation(actor, row.consultationId, "consultation:attachments", request);
    patientId = consultation.patientId;
  } else if (row && row.uploadedById === actor.userId) {
    patientId = actor.patientId ?? null;
  } else {
    await recordAuditLogStandalone({
      actor, action: "READ", resourceType: "attachment", resourceId: id, outcome: "denied", request,
      metadata: { variant, reason: row ? "not_uploader" : "not_found" },
    });
    throw new AppError("NOT_FOUND", "File not found.", { attachmentId: id });
  }
  const key = variant === "thumbnail" ? row.thumbnailKey : row.storageKey;
  if (!key) throw new AppError("NOT_FOUND", "This file has no preview.", { attachmentId: id });
  const bytes = await readStoredFile(key);
  await recordAuditLogStandalone({
    actor, action: "READ", resourceType: "attachment", resourceId: id, patientId, outcome: "allowed", request,
    metadata: { variant, consultationId: row.consultationId },
  });
  return { bytes, mimeType: variant === "thumbnail" ? "image/webp" : row.mimeType, originalName: row.originalName };
}
