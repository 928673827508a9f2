/**
 * What the audit page shows around the results: the names behind the ids in
 * its filters ("Patient: Alice Morgan"), so a supervisor can see whom a pasted
 * id refers to, and the clinic's time zone (dates are typed and shown in it).
 * Scoped to the actor's organisation: an id from another clinic resolves to nothing.
 */
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";

export interface AuditPageContext {
  timeZone: string;
  patient: { name: string; email: string } | null;
  actor: { name: string; email: string; role: string } | null;
}

/** Labels for the filters and the organisation's time zone. */
export async function findAuditPageContext(actor: UserActor, filters: { patientId?: string; actorId?: string }): Promise<AuditPageContext> {
  if (!can(actor, "audit:search")) throw new AppError("FORBIDDEN", "Only supervisors and compliance administrators can search the audit trail.");
  const org = actor.organizationId;
  const [organization, patient, user] = await Promise.all([
    db.organization.findUnique({ where: { id: org }, select: { timeZone: true } }),
    filters.patientId
      ? db.patient.findFirst({ where: { id: filters.patientId, user: { organizationId: org } }, select: { user: { select: { name: true, email: true } } } })
      : null,
    filters.actorId ? db.user.findFirst({ where: { id: filters.actorId, organizationId: org }, select: { name: true, email: true, role: true } }) : null,
  ]);
  return { timeZone: organization?.timeZone ?? "UTC", patient: patient ? patient.user : null, actor: user };
}
