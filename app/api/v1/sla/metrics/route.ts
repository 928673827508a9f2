import { apiRoute, parseQuery } from "@/server/http/api-route";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { ZMetricsQuery } from "@/lib/schemas/metrics";
import { getClinicMetrics } from "@/server/sla/get-clinic-metrics";

/** GET /api/v1/sla/metrics?from=&to=&urgency= (supervisor) — the clinic's quality metrics as tables. */
export const GET = apiRoute(async ({ req, actor }) => {
  if (!can(actor, "sla:read")) throw new AppError("FORBIDDEN", "Only supervisors can see clinic metrics.");
  return { tables: await getClinicMetrics(actor.organizationId, parseQuery(req, ZMetricsQuery)) };
});
