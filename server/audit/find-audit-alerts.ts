/**
 * Suspicious-access alerts of the supervisor's organisation, newest first,
 * keyset-paginated; open ones only by default. Each carries the sentence
 * supervisors read and the names of the flagged and acknowledging users.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AUDIT_ALERT_META, describeAuditAlert, isAuditAlertKind, type AuditAlertDetails } from "@/lib/audit/alert-kinds";
import { canReviewAuditAlerts } from "@/lib/audit/can-review-audit-alerts";
import { AppError } from "@/lib/errors";
import type { TAuditAlertsQuery } from "@/lib/schemas/audit";
import { db, type Prisma } from "../db/prisma";
import { decodeCursor, encodeCursor } from "../http/cursor";

export interface AuditAlertItem {
  id: string;
  kind: string;
  label: string;
  severity: string;
  summary: string;
  actorId: string | null;
  actorName: string | null;
  patientId: string | null;
  details: AuditAlertDetails;
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
}

type AlertCursor = { c?: unknown; i?: unknown };

/** A page of the organisation's alerts for a supervisor. */
export async function findAuditAlerts(actor: UserActor, q: TAuditAlertsQuery): Promise<{ items: AuditAlertItem[]; nextCursor: string | null }> {
  if (!canReviewAuditAlerts(actor)) throw new AppError("FORBIDDEN", "Only supervisors review access alerts.");
  const where: Prisma.AuditAlertWhereInput[] = [{ organizationId: actor.organizationId }];
  if (q.status === "open") where.push({ acknowledgedAt: null });
  if (q.cursor) {
    const { c, i } = decodeCursor<AlertCursor>(q.cursor);
    if (typeof c !== "string" || typeof i !== "string" || Number.isNaN(Date.parse(c))) {
      throw new AppError("VALIDATION_FAILED", "Invalid cursor.", { fieldErrors: { cursor: ["Invalid cursor"] } });
    }
    where.push({ OR: [{ createdAt: { lt: new Date(c) } }, { createdAt: new Date(c), id: { lt: i } }] });
  }
  const rows = await db.auditAlert.findMany({ where: { AND: where }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const userIds = [...new Set(page.flatMap((a) => [a.actorId, a.acknowledgedById]).filter((v): v is string => !!v))];
  const users = new Map((await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const items = page.map((a): AuditAlertItem => {
    const details = (a.details ?? {}) as AuditAlertDetails;
    const actorName = a.actorId ? (users.get(a.actorId) ?? null) : null;
    return {
      id: a.id, kind: a.kind, label: isAuditAlertKind(a.kind) ? AUDIT_ALERT_META[a.kind].label : a.kind, severity: a.severity,
      summary: describeAuditAlert(a.kind, actorName, details), actorId: a.actorId, actorName, patientId: a.patientId, details,
      createdAt: a.createdAt.toISOString(), acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
      acknowledgedByName: a.acknowledgedById ? (users.get(a.acknowledgedById) ?? null) : null,
    };
  });
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id }) : null };
}
