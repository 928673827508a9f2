import { apiRoute } from "@/server/http/api-route";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { getSlaSummary } from "@/server/sla/get-sla-summary";

/** GET /api/v1/sla/summary (supervisor) — {generatedAt, openByUrgency, atRisk, breached, complianceRate}. */
export const GET = apiRoute(async ({ actor }) => {
  if (!can(actor, "sla:read")) throw new AppError("FORBIDDEN", "Only supervisors can see the SLA summary.");
  return getSlaSummary(actor.organizationId);
});
