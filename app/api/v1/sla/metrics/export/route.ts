import { apiRoute, parseQuery } from "@/server/http/api-route";
import { ZMetricsQuery } from "@/lib/schemas/metrics";
import { exportMetricTable } from "@/server/sla/export-metric-table";

/** GET /api/v1/sla/metrics/export?table=&from=&to=&urgency= (supervisor) — one metrics table as CSV (audited). */
export const GET = apiRoute(async ({ req, actor, request }) => {
  const { filename, csv } = await exportMetricTable(actor, parseQuery(req, ZMetricsQuery), request);
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" } });
});
