/**
 * A patient's access report (HIPAA accounting of disclosures) as CSV: every
 * audit entry about the patient, oldest first — who (name and role), when,
 * what, on which resource, the outcome, any stated justification and whether
 * it was emergency (break-the-glass) access. Streamed in keyset batches so the
 * size of the trail never matters. The export is audited (EXPORT) before the
 * first byte leaves, so an interrupted download is still on record.
 */
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { CSV_BOM, csvRow } from "@/lib/csv/csv";
import { AppError } from "@/lib/errors";
import type { TAuditExportQuery } from "@/lib/schemas/audit";
import type { InstantRange } from "@/lib/audit/date-range";
import { db } from "../db/prisma";
import type { RequestContext } from "../http/request-context";
import { streamFromIterable } from "../http/stream-from-iterable";
import { recordAuditLogStandalone } from "./record-audit-log";
import { findAuditRows } from "./find-audit-rows";
import { resolveAuditNames } from "./resolve-audit-names";
import { resolveAuditRange } from "./resolve-audit-range";

/** Column headings of the access report, in order. */
export const ACCESS_REPORT_HEADER = [
  "When (UTC)", "Who", "Role", "Action", "Resource type", "Resource ID", "Outcome", "Justification", "Emergency access", "Request ID",
] as const;

const BATCH = 500;

export interface AccessReport {
  /** Carries the patient id prefix and date only: file names end up in download folders and proxy logs. */
  filename: string;
  stream: ReadableStream<Uint8Array>;
}

/** Starts the CSV export of `q.patientId`'s access report for `actor` (audit:search). */
export async function exportPatientAccessReport(actor: UserActor, q: TAuditExportQuery, request: RequestContext): Promise<AccessReport> {
  const audit = (outcome: "allowed" | "denied", metadata: Record<string, unknown>) =>
    recordAuditLogStandalone({ actor, action: "EXPORT", resourceType: "access_report", patientId: q.patientId, outcome, request, metadata });
  if (!can(actor, "audit:search")) {
    await audit("denied", { reason: "forbidden" });
    throw new AppError("FORBIDDEN", "Only supervisors and compliance administrators can export access reports.");
  }
  const patient = await db.patient.findFirst({ where: { id: q.patientId, user: { organizationId: actor.organizationId } }, select: { id: true } });
  if (!patient) {
    await audit("denied", { reason: "not_found" });
    throw new AppError("NOT_FOUND", "Patient not found.", { patientId: q.patientId });
  }
  const range = await resolveAuditRange(actor.organizationId, q.from, q.to);
  await audit("allowed", { format: "csv", from: q.from ?? null, to: q.to ?? null });
  const day = new Date().toISOString().slice(0, 10);
  return {
    filename: `access-report-${patient.id.slice(0, 8)}-${day}.csv`,
    stream: streamFromIterable(reportLines(actor.organizationId, patient.id, range)),
  };
}

async function* reportLines(organizationId: string, patientId: string, range: InstantRange): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(ACCESS_REPORT_HEADER);
  let afterId: bigint | undefined;
  for (;;) {
    const rows = await findAuditRows(organizationId, { patientId, range }, { afterId, order: "asc", limit: BATCH });
    if (rows.length === 0) return;
    const names = await resolveAuditNames(rows);
    yield rows
      .map((r) =>
        csvRow([
          r.createdAt,
          names.actorName(r.actorId) ?? (r.actorRole === "system" || !r.actorId ? "Async Visits (automatic)" : "Unknown user"),
          r.actorRole ?? "system",
          r.action,
          r.resourceType,
          r.resourceId,
          r.outcome,
          r.justification,
          r.emergencyAccess ? "yes" : "no",
          r.requestId,
        ]),
      )
      .join("");
    if (rows.length < BATCH) return;
    afterId = rows[rows.length - 1]!.id;
  }
}
