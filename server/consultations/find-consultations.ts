/**
 * Lists consultations the actor may see, keyset-paginated. Providers and
 * supervisors get clinical priority order (emergency/risk, then SLA due, then
 * id); patients get newest first. Each page is audited: one READ row per
 * patient whose data it returned.
 */
import type { UserActor } from "@/lib/auth/actor";
import { relationTo, fieldSetFor } from "@/lib/auth/policy";
import type { TListConsultationsQuery } from "@/lib/schemas/consultations";
import { AppError } from "@/lib/errors";
import { db, type Prisma } from "../db/prisma";
import { recordAuditLogs } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { consultationScope } from "./consultation-scope";
import { CONSULTATION_WITH_PATIENT, serializeConsultation } from "./serialize-consultation";
import { decodeCursor, encodeCursor } from "../http/cursor";

type PriorityCursor = { p: number; d: string | null; i: string };
type RecentCursor = { s: string; i: string };

export async function findConsultations(actor: UserActor, q: TListConsultationsQuery, request: RequestContext) {
  const filters: Prisma.ConsultationWhereInput[] = [consultationScope(actor)];
  if (q.status?.length) filters.push({ status: { in: q.status } });
  if (q.urgency?.length) filters.push({ urgency: { in: q.urgency } });
  if (q.consultationType) filters.push({ consultationType: q.consultationType });
  if (q.peerReviewer) filters.push({ peerReviewerId: actor.providerId ?? "__none__", status: "requires_peer_review" });
  if (q.assignedTo) filters.push({ assignedProviderId: q.assignedTo === "me" ? (actor.providerId ?? "__none__") : q.assignedTo });

  const byPriority = actor.role !== "patient";
  if (q.cursor) filters.push(byPriority ? priorityAfter(decodeCursor<PriorityCursor>(q.cursor)) : recentAfter(decodeCursor<RecentCursor>(q.cursor)));
  const orderBy: Prisma.ConsultationOrderByWithRelationInput[] = byPriority
    ? [{ queuePriority: "desc" }, { slaDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }]
    : [{ submittedAt: "desc" }, { id: "desc" }];

  const rows = await db.consultation.findMany({ where: { AND: filters }, orderBy, take: q.limit + 1, include: CONSULTATION_WITH_PATIENT });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > q.limit && last
    ? encodeCursor(byPriority ? { p: last.queuePriority, d: last.slaDueAt?.toISOString() ?? null, i: last.id } : { s: last.submittedAt.toISOString(), i: last.id })
    : null;

  const items = page.map((c) => serializeConsultation(c, fieldSetFor(relationTo(actor, c)) ?? "queue"));
  const byPatient = new Map<string, string[]>();
  for (const c of page) byPatient.set(c.patientId, [...(byPatient.get(c.patientId) ?? []), c.id]);
  await db.$transaction((tx) =>
    recordAuditLogs(tx, [...byPatient].map(([patientId, ids]) => ({
      actor, action: "READ" as const, resourceType: "consultation_list", patientId, outcome: "allowed" as const, request,
      metadata: { consultationIds: ids },
    }))),
  );
  return { items, nextCursor };
}

function priorityAfter(c: PriorityCursor): Prisma.ConsultationWhereInput {
  if (typeof c.p !== "number" || typeof c.i !== "string") throw new AppError("VALIDATION_FAILED", "Invalid cursor.", { fieldErrors: { cursor: ["Invalid cursor"] } });
  const samePriority: Prisma.ConsultationWhereInput[] = c.d
    ? [{ slaDueAt: { gt: new Date(c.d) } }, { slaDueAt: new Date(c.d), id: { gt: c.i } }, { slaDueAt: null }]
    : [{ slaDueAt: null, id: { gt: c.i } }];
  return { OR: [{ queuePriority: { lt: c.p } }, { queuePriority: c.p, OR: samePriority }] };
}

function recentAfter(c: RecentCursor): Prisma.ConsultationWhereInput {
  if (typeof c.s !== "string" || typeof c.i !== "string") throw new AppError("VALIDATION_FAILED", "Invalid cursor.", { fieldErrors: { cursor: ["Invalid cursor"] } });
  const s = new Date(c.s);
  return { OR: [{ submittedAt: { lt: s } }, { submittedAt: s, id: { lt: c.i } }] };
}
