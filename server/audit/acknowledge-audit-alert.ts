/**
 * A supervisor acknowledges an alert (it leaves the open list). Idempotent:
 * acknowledging twice keeps the first acknowledgement. The acknowledgement is
 * audited in the same transaction as the change.
 */
import type { UserActor } from "@/lib/auth/actor";
import { canReviewAuditAlerts } from "@/lib/audit/can-review-audit-alerts";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import type { RequestContext } from "../http/request-context";
import { recordAuditLog, recordAuditLogStandalone } from "./record-audit-log";

export interface AcknowledgedAlert {
  id: string;
  acknowledgedAt: string;
  acknowledgedById: string;
}

/** Marks alert `id` of the actor's organisation acknowledged. 404 for an unknown id or another organisation's alert. */
export async function acknowledgeAuditAlert(actor: UserActor, id: string, request: RequestContext): Promise<AcknowledgedAlert> {
  if (!canReviewAuditAlerts(actor)) {
    await recordAuditLogStandalone({ actor, action: "UPDATE", resourceType: "audit_alert", resourceId: id, outcome: "denied", request });
    throw new AppError("FORBIDDEN", "Only supervisors review access alerts.");
  }
  return db.$transaction(async (tx) => {
    const alert = await tx.auditAlert.findFirst({ where: { id, organizationId: actor.organizationId } });
    if (!alert) throw new AppError("NOT_FOUND", "Alert not found.", { alertId: id });
    if (alert.acknowledgedAt && alert.acknowledgedById) {
      return { id, acknowledgedAt: alert.acknowledgedAt.toISOString(), acknowledgedById: alert.acknowledgedById };
    }
    // Conditional update: of two concurrent acknowledgements, exactly one writes.
    const now = new Date();
    const { count } = await tx.auditAlert.updateMany({ where: { id, acknowledgedAt: null }, data: { acknowledgedAt: now, acknowledgedById: actor.userId } });
    const after = await tx.auditAlert.findUniqueOrThrow({ where: { id } });
    if (count === 1) {
      await recordAuditLog(tx, {
        actor, action: "UPDATE", resourceType: "audit_alert", resourceId: id, outcome: "allowed", request,
        // No patientId: reviewing an alert is not an access to the patient's record (it would show in their access log).
        diff: { acknowledgedAt: { from: null, to: now.toISOString() } }, metadata: { kind: alert.kind },
      });
    }
    return { id, acknowledgedAt: after.acknowledgedAt!.toISOString(), acknowledgedById: after.acknowledgedById! };
  });
}
