/**
 * A patient uploads a photo or document for the consultation they are about
 * to send. The file is checked (size, count, type by content), cleaned of
 * metadata, encrypted to storage, and recorded unlinked (consultationId null)
 * until submitIntake links it. Order matters: cheap refusals first, the
 * expensive image work next, and the count is checked again under a per-user
 * lock inside the transaction so parallel uploads cannot exceed the limit.
 *
 * Count limit: at most MAX_ATTACHMENTS_PER_CONSULTATION unlinked uploads per
 * patient, refused with 422 GUARD_FAILED (a state rule, not malformed input).
 */
import { createHash } from "node:crypto";
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { cleanOriginalName, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_CONSULTATION } from "@/lib/attachments/attachment-rules";
import { detectFileType } from "@/lib/attachments/detect-file-type";
import type { TAttachmentSummary } from "@/lib/schemas/attachments";
import { db, type DbOrTx } from "../db/prisma";
import { recordAuditLog, recordAuditLogStandalone } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { deleteStoredFile, newStorageKey, writeStoredFile } from "./attachment-storage";
import { toAttachmentSummary } from "./attachment-summary";
import { sanitizeUpload } from "./sanitize-upload";

export interface UploadedFile {
  bytes: Buffer;
  originalName?: string | null;
}

export async function createAttachment(actor: UserActor, file: UploadedFile, request: RequestContext): Promise<TAttachmentSummary> {
  if (!can(actor, "consultation:create") || !actor.patientId) {
    await recordAuditLogStandalone({ actor, action: "CREATE", resourceType: "attachment", outcome: "denied", request, metadata: { reason: "not_a_patient" } });
    throw new AppError("FORBIDDEN", "Only patients can add files to a request.");
  }
  assertSize(file.bytes.length);
  await assertBelowLimit(db, actor.userId);
  const detected = detectFileType(file.bytes);
  if (!detected) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "This type of file cannot be added. Add a photo (JPEG, PNG, HEIC or WebP) or a PDF document.", {
      allowed: ["image/jpeg", "image/png", "image/heic", "image/heif", "image/webp", "application/pdf"],
    });
  }
  const clean = await sanitizeUpload(file.bytes, detected);
  const storageKey = newStorageKey();
  const thumbnailKey = clean.thumbnail ? newStorageKey() : null;
  await writeStoredFile(storageKey, clean.bytes);
  if (thumbnailKey && clean.thumbnail) await writeStoredFile(thumbnailKey, clean.thumbnail);
  try {
    const row = await db.$transaction(async (tx) => {
      // Serialise this patient's uploads so the count below cannot race.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`attachment-upload:${actor.userId}`}, 0))`;
      await assertBelowLimit(tx, actor.userId);
      const created = await tx.attachment.create({
        data: {
          uploadedById: actor.userId, mimeType: clean.mimeType, sizeBytes: clean.bytes.length,
          sha256: createHash("sha256").update(clean.bytes).digest("hex"), storageKey, thumbnailKey,
          originalName: cleanOriginalName(file.originalName),
        },
      });
      await recordAuditLog(tx, {
        actor, action: "CREATE", resourceType: "attachment", resourceId: created.id, patientId: actor.patientId, outcome: "allowed", request,
        metadata: { mimeType: clean.mimeType, detected, sizeBytes: clean.bytes.length, metadata: clean.metadata, thumbnail: thumbnailKey !== null },
      });
      return created;
    }, { timeout: 15_000 }); // the audit chain serialises writers: allow for a queue under load
    return toAttachmentSummary(row);
  } catch (e) {
    // Nothing may stay on disk that no row points to.
    await deleteStoredFile(storageKey);
    if (thumbnailKey) await deleteStoredFile(thumbnailKey);
    throw e;
  }
}

function assertSize(size: number) {
  if (size === 0) throw new AppError("VALIDATION_FAILED", "The file is empty. Choose the photo or document again.", { fieldErrors: { file: ["The file is empty"] } });
  if (size > MAX_ATTACHMENT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "This file is bigger than 10 MB. Take a new photo, or make the file smaller, and try again.", { maxBytes: MAX_ATTACHMENT_BYTES });
  }
}

async function assertBelowLimit(tx: DbOrTx, userId: string) {
  const pending = await tx.attachment.count({ where: { uploadedById: userId, consultationId: null } });
  if (pending >= MAX_ATTACHMENTS_PER_CONSULTATION) {
    throw new AppError("GUARD_FAILED", `You can add up to ${MAX_ATTACHMENTS_PER_CONSULTATION} photos or files. Remove one before adding another.`, {
      limit: MAX_ATTACHMENTS_PER_CONSULTATION, pending,
    });
  }
}
