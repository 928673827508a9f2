/**
 * The patient's uploads not yet sent with a consultation: exactly the files
 * the next intake submission will carry. Reading them from the server (not
 * from the draft) means an upload whose draft save was lost is never orphaned.
 */
import type { UserActor } from "@/lib/auth/actor";
import type { TAttachmentSummary } from "@/lib/schemas/attachments";
import { db } from "../db/prisma";
import { toAttachmentSummary } from "./attachment-summary";

export async function findPendingAttachments(actor: UserActor): Promise<TAttachmentSummary[]> {
  if (actor.role !== "patient") return [];
  const rows = await db.attachment.findMany({
    where: { uploadedById: actor.userId, consultationId: null },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(toAttachmentSummary);
}
