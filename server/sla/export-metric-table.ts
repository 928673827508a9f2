/** CSV export of one metrics table; the export is itself audited (EXPORT). */
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { TMetricsQuery } from "@/lib/schemas/metrics";
import { CSV_BOM, csvRow } from "@/lib/csv/csv";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { getBillingSuggestions, getClinicMetrics } from "./get-clinic-metrics";

export async function exportMetricTable(actor: UserActor, q: TMetricsQuery, request: RequestContext): Promise<{ filename: string; csv: string }> {
  if (!can(actor, "sla:read")) throw new AppError("FORBIDDEN", "Only supervisors can export clinic metrics.");
  if (!q.table) throw new AppError("VALIDATION_FAILED", "Choose a table to export.", { fieldErrors: { table: ["Required"] } });
  const table = q.table === "billing" ? await getBillingSuggestions(actor.organizationId, q) : (await getClinicMetrics(actor.organizationId, q)).find((t) => t.key === q.table)!;
  const header = csvRow(table.columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label)));
  const body = table.rows.map((r) => csvRow(table.columns.map((c) => r[c.key]))).join("");
  await recordAuditLogStandalone({ actor, action: "EXPORT", resourceType: "metrics", resourceId: table.key, outcome: "allowed", request, metadata: { table: table.key, from: q.from ?? null, to: q.to ?? null, rows: table.rows.length } });
  return { filename: `metrics-${table.key}-${new Date().toISOString().slice(0, 10)}.csv`, csv: CSV_BOM + header + body };
}
