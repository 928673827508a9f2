/**
 * Display names for the actors and patients of a page of audit rows, in two
 * queries (not one per row). Names come from the User table, so a renamed
 * account shows its current name; the audit row itself keeps only ids.
 */
import { db } from "../db/prisma";

export interface AuditNames {
  actorName(actorId: string | null): string | null;
  patientName(patientId: string | null): string | null;
}

/** Looks up the names of every actor and patient referenced by `rows`. */
export async function resolveAuditNames(rows: readonly { actorId: string | null; patientId: string | null }[]): Promise<AuditNames> {
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((v): v is string => !!v))];
  const patientIds = [...new Set(rows.map((r) => r.patientId).filter((v): v is string => !!v))];
  const [users, patients] = await Promise.all([
    actorIds.length ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [],
    patientIds.length ? db.patient.findMany({ where: { id: { in: patientIds } }, select: { id: true, user: { select: { name: true } } } }) : [],
  ]);
  const actors = new Map(users.map((u) => [u.id, u.name]));
  const pats = new Map(patients.map((p) => [p.id, p.user.name]));
  return {
    actorName: (id) => (id ? (actors.get(id) ?? null) : null),
    patientName: (id) => (id ? (pats.get(id) ?? null) : null),
  };
}
