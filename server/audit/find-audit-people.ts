/**
 * The audit page's person lookup: patients or staff of the actor's
 * organisation by name or email, so nobody has to paste ids. Finding out that
 * someone is a patient here is itself a disclosure, so each lookup is audited
 * (SEARCH on "person_directory") — with the result count, never the typed text.
 */
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { TAuditPeopleQuery } from "@/lib/schemas/audit";
import { db } from "../db/prisma";
import type { RequestContext } from "../http/request-context";
import { recordAuditLogStandalone } from "./record-audit-log";

export interface AuditPerson {
  /** Patient id for kind "patient", user id for kind "staff" (what the search filters take). */
  id: string;
  name: string;
  email: string;
  role: string;
}

const MAX_RESULTS = 10;

/** Up to 10 people matching `q.q` (name or email, case-insensitive). */
export async function findAuditPeople(actor: UserActor, q: TAuditPeopleQuery, request: RequestContext): Promise<AuditPerson[]> {
  if (!can(actor, "audit:search")) throw new AppError("FORBIDDEN", "Only supervisors and compliance administrators can look people up here.");
  const text = { OR: [{ name: { contains: q.q, mode: "insensitive" as const } }, { email: { contains: q.q, mode: "insensitive" as const } }] };
  const users = await db.user.findMany({
    where: { organizationId: actor.organizationId, ...text, ...(q.kind === "patient" ? { role: "patient" } : { role: { not: "patient" } }) },
    select: { id: true, name: true, email: true, role: true, patient: { select: { id: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_RESULTS,
  });
  await recordAuditLogStandalone({
    actor, action: "SEARCH", resourceType: "person_directory", outcome: "allowed", request, metadata: { kind: q.kind, resultCount: users.length },
  });
  return users.map((u) => ({ id: q.kind === "patient" ? (u.patient?.id ?? u.id) : u.id, name: u.name, email: u.email, role: u.role }));
}
