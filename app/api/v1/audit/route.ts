import { apiRoute, parseWith } from "@/server/http/api-route";
import { ZAuditSearchQuery, withoutBlankValues } from "@/lib/schemas/audit";
import { searchAuditLogs } from "@/server/audit/search-audit-logs";

/** GET /api/v1/audit (supervisor, admin): search the audit trail, newest first, keyset-paginated. */
export const GET = apiRoute(async ({ req, actor, request }) =>
  searchAuditLogs(actor, parseWith(ZAuditSearchQuery, withoutBlankValues(Object.fromEntries(req.nextUrl.searchParams))), request),
);
