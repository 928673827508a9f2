/**
 * The one audit-trail query behind search, export and the page: filters,
 * tenant scope and keyset paging by id (the chain order), as parameterised
 * SQL. Each filter matches an index: (patientId, id), (actorId, id),
 * resourceId, createdAt, or the primary key when walking newest first.
 */
import type { InstantRange } from "@/lib/audit/date-range";
import { db, Prisma } from "../db/prisma";
import { auditScopeSql } from "./audit-scope";

export interface AuditRowFilters {
  patientId?: string;
  actorId?: string;
  resourceId?: string;
  action?: string;
  range?: InstantRange;
}

export interface AuditRowPage {
  /** Rows with a smaller id (newest-first paging). */
  beforeId?: bigint;
  /** Rows with a larger id (oldest-first paging, e.g. the CSV export). */
  afterId?: bigint;
  order: "asc" | "desc";
  limit: number;
}

export interface AuditRow {
  id: bigint;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  patientId: string | null;
  outcome: "allowed" | "denied";
  ipAddress: string | null;
  requestId: string | null;
  justification: string | null;
  emergencyAccess: boolean;
  createdAt: Date;
}

/** A page of audit rows of `organizationId` matching `filters`. */
export async function findAuditRows(organizationId: string, filters: AuditRowFilters, page: AuditRowPage): Promise<AuditRow[]> {
  const where: Prisma.Sql[] = [auditScopeSql(organizationId)];
  if (filters.patientId) where.push(Prisma.sql`a."patientId" = ${filters.patientId}`);
  if (filters.actorId) where.push(Prisma.sql`a."actorId" = ${filters.actorId}`);
  if (filters.resourceId) where.push(await resourceCondition(organizationId, filters.resourceId));
  if (filters.action) where.push(Prisma.sql`a."action" = ${filters.action}`);
  if (filters.range?.from) where.push(Prisma.sql`a."createdAt" >= ${filters.range.from}`);
  if (filters.range?.until) where.push(Prisma.sql`a."createdAt" < ${filters.range.until}`);
  if (page.beforeId !== undefined) where.push(Prisma.sql`a."id" < ${page.beforeId}`);
  if (page.afterId !== undefined) where.push(Prisma.sql`a."id" > ${page.afterId}`);
  const direction = page.order === "asc" ? Prisma.raw("ASC") : Prisma.raw("DESC");
  return db.$queryRaw<AuditRow[]>`
    SELECT a."id", a."actorId", a."actorRole", a."action", a."resourceType", a."resourceId", a."patientId",
           a."outcome"::text AS "outcome", a."ipAddress", a."requestId", a."justification", a."emergencyAccess", a."createdAt"
      FROM "AuditLog" a
     WHERE ${Prisma.join(where, " AND ")}
     ORDER BY a."id" ${direction}
     LIMIT ${page.limit}`;
}

/**
 * A resource id matches its own rows and, when it is a consultation, the list
 * views that displayed it (one row per patient, with the consultation ids in
 * metadata). Those are looked up through the patient's index, not a scan.
 */
async function resourceCondition(organizationId: string, resourceId: string): Promise<Prisma.Sql> {
  const consultation = await db.consultation.findFirst({ where: { id: resourceId, organizationId }, select: { patientId: true } });
  if (!consultation) return Prisma.sql`a."resourceId" = ${resourceId}`;
  return Prisma.sql`(a."resourceId" = ${resourceId} OR (
    a."patientId" = ${consultation.patientId} AND a."resourceType" = 'consultation_list'
    AND a."metadata" -> 'consultationIds' @> jsonb_build_array(${resourceId}::text)))`;
}
