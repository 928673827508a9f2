import { apiRoute, parseWith } from "@/server/http/api-route";
import { ZAuditExportQuery, withoutBlankValues } from "@/lib/schemas/audit";
import { exportPatientAccessReport } from "@/server/audit/export-patient-access-report";

/** GET /api/v1/audit/export?patientId= (supervisor, admin): the patient's access report as a CSV download. */
export const GET = apiRoute(async ({ req, actor, request }) => {
  const query = parseWith(ZAuditExportQuery, withoutBlankValues(Object.fromEntries(req.nextUrl.searchParams)));
  const { filename, stream } = await exportPatientAccessReport(actor, query, request);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
