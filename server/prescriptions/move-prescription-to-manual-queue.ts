/**
 * A prescription that cannot be sent electronically goes to the pharmacist's manual queue,
 * atomically with the people who must know:
 *  - the patient: a Notification and an automated ConsultationMessage saying there is a delay
 *    and when it should be resolved (PHARMACY_MANUAL_RESOLUTION_HOURS), in their language
 *    (once: not again if a Resend fails too, nor for each item of the same approval);
 *  - every pharmacist of the organisation: a Notification (no patient or drug names: it may be e-mailed).
 * Conditional on the prescription still being on its way, so it happens once.
 */
import { systemActor } from "@/lib/auth/actor";
import { estimateManualResolution, manualDelayMessage } from "@/lib/prescriptions/manual-delay-message";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import { systemRequest } from "../http/request-context";
import { getPharmacyConfig } from "../integrations/pharmacy/pharmacy-config";
import type { SendFacts } from "./load-send-facts";

export async function movePrescriptionToManualQueue(facts: SendFacts, reason: { code: string; text: string }, now: Date): Promise<boolean> {
  const { rx } = facts;
  const c = rx.consultation;
  const eta = estimateManualResolution(now, getPharmacyConfig().PHARMACY_MANUAL_RESOLUTION_HOURS);
  const message = manualDelayMessage({ pharmacyName: rx.pharmacy?.name ?? "your pharmacy", eta, now, locale: c.patientLanguagePreference, timeZone: c.organization.timeZone });
  return db.$transaction(async (tx) => {
    const { count } = await tx.prescription.updateMany({
      where: { id: rx.id, status: { in: ["approved", "sending"] } },
      data: { status: "manual", manualQueuedAt: now, lastError: `${reason.code}: ${reason.text}`.slice(0, 500) },
    });
    if (count === 0) return false;
    const stamp = now.getTime();
    // The patient hears about a delay once: not again after a Resend, nor per item of one approval.
    const told = await tx.notification.count({
      where: { OR: [{ dedupeKey: { startsWith: `rx-delay:${rx.id}:` } }, { consultationId: c.id, kind: "prescription.delayed", createdAt: { gte: new Date(stamp - 3_600_000) } }] },
    });
    if (told === 0) {
      await tx.notification.create({
        data: {
          userId: c.patient.userId, kind: "prescription.delayed", title: message.title, body: message.body, consultationId: c.id,
          link: `/consultations/${c.id}`, dedupeKey: `rx-delay:${rx.id}:${stamp}`, createdAt: now,
        },
      });
      await tx.consultationMessage.create({
        data: { consultationId: c.id, senderId: null, senderRole: "system", body: message.body, priority: "normal", automated: true, createdAt: now },
      });
    }
    const pharmacists = await tx.user.findMany({ where: { organizationId: c.organizationId, role: "pharmacist", disabled: false }, select: { id: true } });
    await tx.notification.createMany({
      data: pharmacists.map((p) => ({
        userId: p.id, kind: "prescription.manual", title: "A prescription needs manual handling",
        body: `It could not be sent electronically (${reason.code}). Open the pharmacy queue to resend it or phone it in.`,
        consultationId: c.id, link: "/pharmacy", dedupeKey: `rx-manual:${rx.id}:${stamp}:${p.id}`, createdAt: now,
      })),
      skipDuplicates: true,
    });
    await writeOutboxEvent(tx, "consultation.message", { consultationId: c.id, patientId: c.patientId, organizationId: c.organizationId });
    await recordAuditLog(tx, {
      actor: systemActor("pharmacy"), action: "UPDATE", resourceType: "prescription", resourceId: rx.id, patientId: c.patientId, outcome: "allowed",
      request: systemRequest("pharmacy"), diff: { status: { from: rx.status, to: "manual" } }, metadata: { consultationId: c.id, code: reason.code, attempts: rx.attempts },
    });
    return true;
  });
}
