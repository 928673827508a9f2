/**
 * Notifications that belong to a status change, written inside the same
 * transaction (so they exist exactly when the change commits, once each —
 * dedupeKey carries the version): the patient hears about every change with
 * the expected response time; supervisors hear about escalations.
 */
import type { Consultation } from "../db/generated/prisma/client";
import type { ConsultationStatus } from "@/lib/consultations/statuses";
import { statusNotification } from "@/lib/notifications/status-notification";
import type { Tx } from "../db/prisma";

export async function notifyStatusChange(tx: Tx, c: Consultation, from: ConsultationStatus) {
  const to = c.status as ConsultationStatus;
  if (to === from) return;
  const patient = await tx.patient.findUniqueOrThrow({ where: { id: c.patientId }, select: { userId: true, languagePreference: true } });
  const org = await tx.organization.findUniqueOrThrow({ where: { id: c.organizationId }, select: { timeZone: true } });
  const text = statusNotification({ status: to, reference: c.reference, language: patient.languagePreference, expectedBy: c.slaDueAt, timeZone: org.timeZone });
  await tx.notification.createMany({
    data: [{ userId: patient.userId, kind: "status_update", title: text.title, body: text.body, consultationId: c.id, link: `/consultations/${c.id}`, dedupeKey: `status:${c.id}:${c.version}` }],
    skipDuplicates: true,
  });
  if (to === "escalated") {
    const sups = await tx.user.findMany({ where: { organizationId: c.organizationId, role: "supervisor", disabled: false }, select: { id: true } });
    await tx.notification.createMany({
      data: sups.map((s) => ({
        userId: s.id, kind: "escalation", title: `Escalated: ${c.reference}`, body: c.requiresSynchronousVisit ? "Needs a synchronous or emergency visit." : "Needs supervisor attention.",
        consultationId: c.id, link: `/review/${c.id}`, dedupeKey: `escalated:${c.id}:${c.version}:${s.id}`,
      })),
      skipDuplicates: true,
    });
  }
}
