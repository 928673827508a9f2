/** The provider chooses which education the patient receives (the defaults come from the diagnosis and prescriptions). */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { educationByKey } from "@/lib/education/library";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import type { RequestContext } from "../http/request-context";
import { getAuthorizedConsultation } from "./get-consultation";

export async function saveEducation(actor: UserActor, consultationId: string, keys: string[], request: RequestContext) {
  const { consultation: c, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:document", request);
  if (relation !== "assigned") throw new AppError("FORBIDDEN", "Only the assigned provider can choose the patient's education.");
  const unknown = keys.filter((k) => !educationByKey(k));
  if (unknown.length) throw new AppError("VALIDATION_FAILED", "Unknown education entries.", { fieldErrors: { keys: unknown } });
  await db.$transaction(async (tx) => {
    await tx.consultation.update({ where: { id: c.id }, data: { educationKeys: [...new Set(keys)], version: { increment: 1 } } });
    await writeOutboxEvent(tx, "consultation.updated", { consultationId: c.id, status: c.status, version: c.version + 1 });
    await recordAuditLog(tx, { actor, action: "UPDATE", resourceType: "consultation_education", resourceId: c.id, patientId: c.patientId, outcome: "allowed", request, diff: { educationKeys: { from: c.educationKeys, to: keys } } });
  });
  return { keys };
}
