import { apiRoute } from "@/server/http/api-route";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { getSupervisorConsole } from "@/server/sla/get-supervisor-console";

/** GET /api/v1/sla/console (supervisor) — the SLA summary plus load, emergencies, approvals, peer reviews and alerts. */
export const GET = apiRoute(async ({ actor }) => {
  if (!can(actor, "sla:read")) throw new AppError("FORBIDDEN", "Only supervisors can see the SLA console.");
  return getSupervisorConsole(actor.organizationId);
});
