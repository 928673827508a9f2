import { apiRoute, parseWith } from "@/server/http/api-route";
import { ZAuditAlertsQuery, withoutBlankValues } from "@/lib/schemas/audit";
import { findAuditAlerts } from "@/server/audit/find-audit-alerts";

/** GET /api/v1/audit/alerts (supervisor): suspicious-access alerts, open ones by default. */
export const GET = apiRoute(async ({ req, actor }) =>
  findAuditAlerts(actor, parseWith(ZAuditAlertsQuery, withoutBlankValues(Object.fromEntries(req.nextUrl.searchParams)))),
);
