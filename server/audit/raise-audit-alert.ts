/**
 * Creates one suspicious-access alert and tells the organisation's
 * supervisors, atomically: the AuditAlert row, one Notification per
 * supervisor and an "audit.alert" outbox event commit together or not at all.
 * AuditAlert.dedupeKey is unique, so a second run (or a second worker) that
 * finds the same pattern loses the insert race and rolls back its
 * notifications with it.
 */
import { AUDIT_ALERT_META, describeAuditAlert, type AuditAlertDetails, type AuditAlertKind } from "@/lib/audit/alert-kinds";
import { db, Prisma } from "../db/prisma";
import { writeOutboxEvent } from "../outbox/write-outbox-event";

export interface AlertCandidate {
  kind: AuditAlertKind;
  organizationId: string | null;
  actorId: string | null;
  patientId?: string | null;
  details: AuditAlertDetails;
  dedupeKey: string;
  createdAt: Date;
  /** False when supervisors were already notified at the moment of the event (break-the-glass through a grant). */
  notify?: boolean;
}

/** Raises `c`; false when an alert with the same dedupeKey already exists. */
export async function raiseAuditAlert(c: AlertCandidate): Promise<boolean> {
  const meta = AUDIT_ALERT_META[c.kind];
  try {
    await db.$transaction(async (tx) => {
      const alert = await tx.auditAlert.create({
        data: {
          organizationId: c.organizationId, kind: c.kind, severity: meta.severity, actorId: c.actorId, patientId: c.patientId ?? null,
          details: c.details as object, dedupeKey: c.dedupeKey, createdAt: c.createdAt,
        },
      });
      if (!c.organizationId) return;
      const [supervisors, actor] = await Promise.all([
        tx.user.findMany({ where: { organizationId: c.organizationId, role: "supervisor", disabled: false }, select: { id: true } }),
        c.actorId ? tx.user.findUnique({ where: { id: c.actorId }, select: { name: true } }) : null,
      ]);
      // Notifications may be e-mailed: staff names and counts only, never the free-text justification.
      const body = describeAuditAlert(c.kind, actor?.name ?? null, { ...c.details, justification: undefined });
      if (supervisors.length && c.notify !== false) {
        await tx.notification.createMany({
          data: supervisors.map((s) => ({
            userId: s.id, kind: "audit.alert", title: `Access alert: ${meta.label}`, body, link: `/audit#alert-${alert.id}`,
            dedupeKey: `audit-alert:${alert.id}:${s.id}`, createdAt: c.createdAt,
          })),
        });
      }
      // No patientId in the payload: the relay would forward it to the patient's room.
      await writeOutboxEvent(tx, "audit.alert", { alertId: alert.id, kind: c.kind, severity: meta.severity, organizationId: c.organizationId });
    });
    return true;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return false;
    throw e;
  }
}
