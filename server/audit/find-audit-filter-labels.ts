/**
 * Names for the ids in the audit page's filters ("Patient: Alice Morgan"), so
 * a supervisor can see whom a pasted id refers to. Scoped to the actor's
 * organisation: an id from another clinic resolves to nothing.
 */
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "../db/prisma";

export interface AuditFilterLabels {
  patient: { name: string; email: string } | null;
  actor: { name: string; email: string; role: string } | null;
}

/** Looks up the patient and actor named by the filters, when they are in the actor's organisation. */
export async function findAuditFilterLabels(actor: UserActor, filters: { patientId?: string; actorId?: string }): Promise<AuditFilterLabels> {
  if (!can(actor, "audit:search")) return { patient: null, actor: null };
  const org = actor.organizationId;
  const [patient, user] = await Promise.all([
    filters.patientId
      ? db.patient.findFirst({ where: { id: filters.patientId, user: { organizationId: org } }, select: { user: { select: { name: true, email: true } } } })
      : null,
    filters.actorId ? db.user.findFirst({ where: { id: filters.actorId, organizationId: org }, select: { name: true, email: true, role: true } }) : null,
  ]);
  return { patient: patient ? patient.user : null, actor: user };
}
