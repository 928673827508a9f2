/**
 * "Who viewed my record": every access by someone else to the signed-in
 * patient's data, newest first, in the patient's language. Only the patient's
 * own rows (scoped by patientId in the query, not filtered afterwards); only
 * accesses that happened (refused attempts showed nothing); the patient's own
 * activity and unattended system steps are left out. Viewing the log is
 * itself a READ of the patient's data and is audited.
 */
import type { UserActor } from "@/lib/auth/actor";
import { describeAccess } from "@/lib/audit/describe-access";
import { CONSULTATION_STATUSES, type ConsultationStatus } from "@/lib/consultations/statuses";
import { AppError } from "@/lib/errors";
import type { TAccessLogQuery } from "@/lib/schemas/audit";
import { db } from "../db/prisma";
import type { RequestContext } from "../http/request-context";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor";
import { recordAuditLogStandalone } from "./record-audit-log";
import { resolveAuditNames } from "./resolve-audit-names";

export interface AccessLogItem {
  id: string;
  createdAt: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string;
  consultationId: string | null;
  /** Plain-language sentence in the patient's language. */
  description: string;
  emergencyAccess: boolean;
  /** The stated reason for emergency (break-the-glass) access, if any. */
  justification: string | null;
}

export interface AccessLogPage {
  locale: "en" | "es";
  /** The clinic's time zone, in which the page shows times. */
  timeZone: string;
  items: AccessLogItem[];
  nextCursor: string | null;
}

/** The signed-in patient's access log. */
export async function findPatientAccessLog(actor: UserActor, q: TAccessLogQuery, request: RequestContext): Promise<AccessLogPage> {
  if (actor.role !== "patient" || !actor.patientId) throw new AppError("FORBIDDEN", "Only patients have an access log of their own record.");
  const patientId = actor.patientId;
  const beforeId = q.cursor ? decodeAuditCursor(q.cursor) : undefined;
  const [patient, rows] = await Promise.all([
    db.patient.findUniqueOrThrow({ where: { id: patientId }, select: { languagePreference: true, user: { select: { organization: { select: { timeZone: true } } } } } }),
    findAccessRows(patientId, actor.userId, beforeId, q.limit + 1),
  ]);
  const page = rows.slice(0, q.limit);
  const locale = patient.languagePreference === "es" ? "es" : "en";
  const consultationIdOf = (r: (typeof page)[number]) =>
    r.resourceType.startsWith("consultation") && r.resourceType !== "consultation_list" ? r.resourceId : (listedConsultationIds(r.metadata)[0] ?? null);
  const ids = [...new Set(page.map(consultationIdOf).filter((v): v is string => !!v))];
  const [names, consultations] = await Promise.all([
    resolveAuditNames(page),
    // Scoped to the patient again: a title is only ever shown to its owner.
    ids.length ? db.consultation.findMany({ where: { id: { in: ids }, patientId }, select: { id: true, chiefComplaint: true } }) : [],
  ]);
  const titles = new Map(consultations.map((c) => [c.id, c.chiefComplaint]));
  const items = page.map((r): AccessLogItem => {
    const consultationId = consultationIdOf(r);
    const statusTo = (r.diff as { status?: { to?: unknown } } | null)?.status?.to;
    const actorName = names.actorName(r.actorId);
    return {
      id: r.id.toString(), createdAt: r.createdAt.toISOString(), actorName, actorRole: r.actorRole, action: r.action, resourceType: r.resourceType,
      consultationId: consultationId && titles.has(consultationId) ? consultationId : null,
      description: describeAccess({
        action: r.action, resourceType: r.resourceType, actorName, actorRole: r.actorRole,
        consultationTitle: consultationId ? titles.get(consultationId) : null,
        consultationCount: r.resourceType === "consultation_list" ? listedConsultationIds(r.metadata).length : undefined,
        statusTo: CONSULTATION_STATUSES.includes(statusTo as ConsultationStatus) ? (statusTo as ConsultationStatus) : null,
      }, locale),
      emergencyAccess: r.emergencyAccess || r.action === "BREAK_GLASS",
      justification: r.justification,
    };
  });
  await recordAuditLogStandalone({ actor, action: "READ", resourceType: "access_log", patientId, outcome: "allowed", request, metadata: { entries: items.length } });
  const last = page[page.length - 1];
  return { locale, timeZone: patient.user.organization.timeZone, items, nextCursor: rows.length > q.limit && last ? encodeAuditCursor(last.id) : null };
}

/** Consultation ids a list view showed (stored in the READ row's metadata by find-consultations.ts). */
function listedConsultationIds(metadata: unknown): string[] {
  const ids = (metadata as { consultationIds?: unknown } | null)?.consultationIds;
  return Array.isArray(ids) ? ids.filter((v): v is string => typeof v === "string") : [];
}

interface AccessRow {
  id: bigint;
  createdAt: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  patientId: string | null;
  justification: string | null;
  emergencyAccess: boolean;
  metadata: unknown;
  diff: unknown;
}

/**
 * The page's rows, newest first, on the (patientId, id) index. Emergency access writes BREAK_GLASS
 * and then the READ it unlocked in the same request: to the patient that is one access, so the READ
 * echo is left out here, in the query, so pages stay full and exact.
 */
function findAccessRows(patientId: string, ownUserId: string, beforeId: bigint | undefined, take: number): Promise<AccessRow[]> {
  return db.$queryRaw<AccessRow[]>`
    SELECT a."id", a."createdAt", a."actorId", a."actorRole", a."action", a."resourceType", a."resourceId", a."patientId",
           a."justification", a."emergencyAccess", a."metadata", a."diff"
      FROM "AuditLog" a
     WHERE a."patientId" = ${patientId} AND a."outcome" = 'allowed'
       AND a."actorId" IS NOT NULL AND a."actorId" <> ${ownUserId}
       AND (${beforeId ?? null}::bigint IS NULL OR a."id" < ${beforeId ?? null}::bigint)
       AND NOT (a."action" = 'READ' AND a."emergencyAccess" AND a."requestId" IS NOT NULL AND EXISTS (
             SELECT 1 FROM "AuditLog" b
              WHERE b."patientId" = a."patientId" AND b."action" = 'BREAK_GLASS'
                AND b."requestId" = a."requestId" AND b."resourceId" IS NOT DISTINCT FROM a."resourceId"))
     ORDER BY a."id" DESC
     LIMIT ${take}`;
}
