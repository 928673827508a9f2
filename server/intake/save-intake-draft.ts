/**
 * Saves one page of the intake as the patient goes (each Continue), so a
 * reload, a lost signal or coming back tomorrow loses nothing. The page's
 * answers are merged into the stored draft; the resume step only moves
 * forward (changing an earlier answer from "check your answers" must not send
 * the patient back through every page). The first idempotency key sent is
 * kept for the draft's lifetime, so every submit of this draft uses it.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { readDraft } from "@/lib/intake/read-draft";
import type { TSaveIntakeDraftInput } from "@/lib/schemas/intake-form";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";

// The audit chain serialises its writers (one advisory lock): allow for a queue under load.
const TX_OPTIONS = { timeout: 15_000 };

export async function saveIntakeDraft(actor: UserActor, input: TSaveIntakeDraftInput, request: RequestContext): Promise<{ step: number }> {
  if (actor.role !== "patient" || !actor.patientId) throw new AppError("FORBIDDEN", "Only patients can start a consultation.");
  const patientId = actor.patientId;
  return db.$transaction(async (tx) => {
    // Row lock: two tabs saving at once merge one after the other instead of losing a page.
    await tx.$executeRaw`SELECT 1 FROM "IntakeDraft" WHERE "patientId" = ${patientId} FOR UPDATE`;
    const existing = await tx.intakeDraft.findUnique({ where: { patientId } });
    const stored = readDraft(existing?.data);
    const step = Math.max(existing?.step ?? 0, input.step);
    const data = { values: { ...stored.values, ...input.values }, idempotencyKey: stored.idempotencyKey ?? input.idempotencyKey ?? null };
    await tx.intakeDraft.upsert({ where: { patientId }, create: { patientId, data, step }, update: { data, step } });
    await recordAuditLog(tx, {
      actor, action: existing ? "UPDATE" : "CREATE", resourceType: "intake_draft", resourceId: patientId, patientId, outcome: "allowed", request,
      metadata: { step, fields: Object.keys(input.values) },
    });
    return { step };
  }, TX_OPTIONS);
}
