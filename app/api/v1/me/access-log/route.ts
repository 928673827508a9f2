import { apiRoute, parseWith } from "@/server/http/api-route";
import { ZAccessLogQuery, withoutBlankValues } from "@/lib/schemas/audit";
import { findPatientAccessLog } from "@/server/audit/find-patient-access-log";

/** GET /api/v1/me/access-log (patient): who accessed my record, newest first. */
export const GET = apiRoute(async ({ req, actor, request }) =>
  findPatientAccessLog(actor, parseWith(ZAccessLogQuery, withoutBlankValues(Object.fromEntries(req.nextUrl.searchParams))), request),
);
