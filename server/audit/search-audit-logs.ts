/**
 * Audit search for compliance staff (supervisors, admins): filters by patient,
 * actor, resource, action and dates, newest first, keyset-paginated by id.
 * Answers metadata only (who, what, when, outcome) — never diff values or any
 * clinical content, which admins must not see. The search itself is audited
 * (SEARCH), and so is a refused attempt.
 */
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { TAuditSearchQuery } from "@/lib/schemas/audit";
import { recordAuditLogStandalone } from "./record-audit-log";
import type { RequestContext } from "../http/request-context";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor";
import { findAuditRows } from "./find-audit-rows";
import { resolveAuditNames } from "./resolve-audit-names";
import { resolveAuditRange } from "./resolve-audit-range";

export interface AuditSearchItem {
  id: string;
  actorId: string | null;
  actorRole: string | null;
  actorName: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  patientId: string | null;
  patientName?: string;
  outcome: "allowed" | "denied";
  ipAddress: string | null;
  requestId: string | null;
  justification: string | null;
  emergencyAccess: boolean;
  createdAt: string;
}

export interface AuditSearchResult {
  items: AuditSearchItem[];
  nextCursor: string | null;
}

/** Searches the organisation's audit trail for `actor` (audit:search). */
export async function searchAuditLogs(actor: UserActor, q: TAuditSearchQuery, request: RequestContext): Promise<AuditSearchResult> {
  const filters = { patientId: q.patientId, actorId: q.actorId, resourceId: q.resourceId, action: q.action, from: q.from, to: q.to };
  if (!can(actor, "audit:search")) {
    await recordAuditLogStandalone({ actor, action: "SEARCH", resourceType: "audit_log", patientId: q.patientId ?? null, outcome: "denied", request, metadata: { filters } });
    throw new AppError("FORBIDDEN", "Only supervisors and compliance administrators can search the audit trail.");
  }
  const beforeId = q.cursor ? decodeAuditCursor(q.cursor) : undefined;
  const range = await resolveAuditRange(actor.organizationId, q.from, q.to);
  const rows = await findAuditRows(actor.organizationId, { ...filters, range }, { beforeId, order: "desc", limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const names = await resolveAuditNames(page);
  const items = page.map((r): AuditSearchItem => ({
    id: r.id.toString(),
    actorId: r.actorId,
    actorRole: r.actorRole,
    actorName: names.actorName(r.actorId),
    action: r.action,
    resourceType: r.resourceType,
    resourceId: r.resourceId,
    patientId: r.patientId,
    ...(r.patientId && { patientName: names.patientName(r.patientId) ?? undefined }),
    outcome: r.outcome,
    ipAddress: r.ipAddress,
    requestId: r.requestId,
    justification: r.justification,
    emergencyAccess: r.emergencyAccess,
    createdAt: r.createdAt.toISOString(),
  }));
  // Audited after the read so the entry can say how much was seen; it is not part of its own results.
  await recordAuditLogStandalone({
    actor, action: "SEARCH", resourceType: "audit_log", patientId: q.patientId ?? null, outcome: "allowed", request,
    metadata: { filters, resultCount: items.length, page: q.cursor ? "next" : "first" },
  });
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? encodeAuditCursor(last.id) : null };
}
