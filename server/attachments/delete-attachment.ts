/**
 * The uploading patient removes a file they have not sent yet. Once a
 * consultation links it, it is part of the clinical record and stays.
 * The row and its audit row go in one transaction; the encrypted files are
 * removed after commit (a crash in between leaves unreadable orphans, never a
 * row pointing at nothing).
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isAttachmentId } from "@/lib/attachments/attachment-rules";
import { db } from "../db/prisma";
import { recordAuditLog, recordAuditLogStandalone } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { deleteStoredFile } from "./attachment-storage";

export async function deleteAttachment(actor: UserActor, id: string, request: RequestContext): Promise<void> {
  const row = isAttachmentId(id) ? await db.attachment.findUnique({ where: { id } }) : null;
  if (!row || row.uploadedById !== actor.userId) {
    await recordAuditLogStandalone({
      actor, action: "DELETE", resourceType: "attachment", resourceId: id, outcome: "denied", request,
      metadata: { reason: row ? "not_uploader" : "not_found" },
    });
    throw new AppError("NOT_FOUND", "File not found.", { attachmentId: id });
  }
  const sent = new AppError("GUARD_FAILED", "This file was already sent with your request, so it cannot be removed.", { attachmentId: id });
  if (row.consultationId) throw sent;
  await db.$transaction(async (tx) => {
    // consultationId: null in the WHERE closes the race with a submission linking it right now.
    const { count } = await tx.attachment.deleteMany({ where: { id, uploadedById: actor.userId, consultationId: null } });
    if (count === 0) throw sent;
    await recordAuditLog(tx, {
      actor, action: "DELETE", resourceType: "attachment", resourceId: id, patientId: actor.patientId ?? null, outcome: "allowed", request,
      metadata: { mimeType: row.mimeType, sizeBytes: row.sizeBytes },
    });
  }, { timeout: 15_000 }); // the audit chain serialises writers: allow for a queue under load
  await deleteStoredFile(row.storageKey);
  if (row.thumbnailKey) await deleteStoredFile(row.thumbnailKey);
}
