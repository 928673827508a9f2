/**
 * Supervisor sign-off for consultations that require it (controlled
 * substances, providers in training). Completion is refused by the state
 * machine's supervisor_approval guard until this is recorded.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import type { RequestContext } from "../http/request-context";
import { getAuthorizedConsultation } from "./get-consultation";

export async function approveAsSupervisor(actor: UserActor, consultationId: string, note: string | undefined, request: RequestContext, now = new Date()) {
  if (actor.role !== "supervisor") throw new AppError("FORBIDDEN", "Only supervisors can give this approval.");
  const { consultation: c } = await getAuthorizedConsultation(actor, consultationId, "consultation:transition", request);
  if (!c.supervisorApprovalRequired) throw new AppError("GUARD_FAILED", "This consultation does not need supervisor approval.");
  if (c.supervisorApprovedAt) throw new AppError("CONFLICT", "A supervisor already approved this consultation.");
  return db.$transaction(async (tx) => {
    const res = await tx.consultation.updateMany({
      where: { id: c.id, version: c.version, supervisorApprovedAt: null },
      data: { supervisorApprovedAt: now, supervisorApprovedById: actor.userId, version: { increment: 1 } },
    });
    if (res.count === 0) throw new AppError("CONFLICT", "The consultation changed meanwhile. Reload and try again.");
    await writeOutboxEvent(tx, "consultation.updated", { consultationId: c.id, status: c.status, version: c.version + 1, organizationId: c.organizationId });
    await recordAuditLog(tx, { actor, action: "UPDATE", resourceType: "consultation", resourceId: c.id, patientId: c.patientId, outcome: "allowed", request, diff: { supervisorApprovedAt: { to: now.toISOString() } } });
  });
}
