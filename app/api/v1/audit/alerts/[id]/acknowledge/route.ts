import { apiRoute } from "@/server/http/api-route";
import { AppError } from "@/lib/errors";
import { ZAuditAlertId } from "@/lib/schemas/audit";
import { acknowledgeAuditAlert } from "@/server/audit/acknowledge-audit-alert";

/** POST /api/v1/audit/alerts/:id/acknowledge (supervisor): mark an alert reviewed. No body. */
export const POST = apiRoute<{ id: string }>(async ({ params, actor, request }) => {
  const id = ZAuditAlertId.safeParse(params.id);
  if (!id.success) throw new AppError("NOT_FOUND", "Alert not found.", { alertId: params.id });
  return acknowledgeAuditAlert(actor, id.data.toLowerCase(), request);
});
