/**
 * Autosave of the provider's structured notes. Not a status change, so it does
 * not go through the state machine, but it follows the same rules: only the
 * assigned provider, only while the case is open, version-checked, audited
 * (changed field names with encrypted values) and announced on the outbox.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { TDocumentationInput } from "@/lib/schemas/documentation";
import { db } from "../db/prisma";
import { encryptString } from "../crypto";
import { recordAuditLog } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import type { RequestContext } from "../http/request-context";
import { getAuthorizedConsultation } from "./get-consultation";

const EDITABLE = ["in_review", "requires_info", "prescription_pending", "prescription_sent", "assigned"];
const FIELDS = ["assessment", "differentialDiagnosis", "primaryDiagnosisCode", "clinicalDecisionRationale", "plan", "careInstructions"] as const;

export async function saveDocumentation(actor: UserActor, consultationId: string, input: TDocumentationInput, request: RequestContext) {
  const { consultation: c, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:document", request);
  if (relation !== "assigned") throw new AppError("FORBIDDEN", "Only the assigned provider can edit the notes.");
  if (!EDITABLE.includes(c.status)) throw new AppError("GUARD_FAILED", `Notes cannot be edited while the consultation is ${c.status.replace(/_/g, " ")}.`);
  const data: Record<string, unknown> = {};
  const diff: Record<string, unknown> = {};
  for (const f of FIELDS) {
    if (input[f] === undefined) continue;
    const next = f === "primaryDiagnosisCode" && input[f] === "" ? null : input[f];
    if (JSON.stringify(next) === JSON.stringify(c[f])) continue;
    data[f] = next;
    diff[f] = { changed: true, to: { enc: encryptString(JSON.stringify(next)) } };
  }
  if (Object.keys(data).length === 0) return { version: c.version, saved: [] as string[] };
  return db.$transaction(async (tx) => {
    const res = await tx.consultation.updateMany({
      where: { id: c.id, version: input.expectedVersion ?? c.version },
      data: { ...data, version: { increment: 1 } } as never,
    });
    if (res.count === 0) throw new AppError("CONFLICT", "The notes were changed elsewhere. Reload to see the latest version.");
    const updated = await tx.consultation.findUniqueOrThrow({ where: { id: c.id }, select: { version: true } });
    await writeOutboxEvent(tx, "consultation.updated", { consultationId: c.id, version: updated.version, status: c.status });
    await recordAuditLog(tx, { actor, action: "UPDATE", resourceType: "consultation_documentation", resourceId: c.id, patientId: c.patientId, outcome: "allowed", request, diff });
    return { version: updated.version, saved: Object.keys(data) };
  });
}
