/**
 * Critical messages must be acknowledged by the patient. Unacknowledged ones
 * are re-sent (a new notification, which is also e-mailed if the patient
 * chose e-mail) after CRITICAL_MESSAGE_RESEND_MINUTES, and escalated to the
 * assigned provider and the organisation's supervisors after
 * CRITICAL_MESSAGE_ESCALATE_MINUTES. Idempotent: each step has a dedupe key.
 */
import { db } from "../db/prisma";

export function criticalMessageTimings() {
  return {
    resendMinutes: Number(process.env.CRITICAL_MESSAGE_RESEND_MINUTES ?? 30),
    escalateMinutes: Number(process.env.CRITICAL_MESSAGE_ESCALATE_MINUTES ?? 120),
  };
}

export async function followUpCriticalMessages(now = new Date()): Promise<{ resent: number; escalated: number }> {
  const { resendMinutes, escalateMinutes } = criticalMessageTimings();
  const due = await db.consultationMessage.findMany({
    where: { priority: "critical", acknowledgedAt: null, senderRole: { not: "patient" }, createdAt: { lte: new Date(now.getTime() - resendMinutes * 60_000) } },
    include: { consultation: { select: { id: true, reference: true, organizationId: true, patient: { select: { userId: true, languagePreference: true } }, assignedProvider: { select: { userId: true } } } } },
    take: 500,
  });
  let resent = 0;
  let escalated = 0;
  for (const m of due) {
    const c = m.consultation;
    const es = c.patient.languagePreference === "es";
    const r = await db.notification.createMany({
      data: [{
        userId: c.patient.userId, kind: "critical_message", consultationId: c.id, link: `/consultations/${c.id}`, dedupeKey: `critical-resend:${m.id}`,
        title: es ? `Mensaje importante sin confirmar (${c.reference})` : `Important message waiting for you (${c.reference})`,
        body: es ? "Su profesional le envió un mensaje importante. Ábralo y confirme que lo leyó." : "Your clinician sent you an important message. Please open it and confirm you have read it.",
      }],
      skipDuplicates: true,
    });
    resent += r.count;
    if (m.createdAt.getTime() <= now.getTime() - escalateMinutes * 60_000) {
      const sups = await db.user.findMany({ where: { organizationId: c.organizationId, role: "supervisor", disabled: false }, select: { id: true } });
      const recipients = [...new Set([...sups.map((s) => s.id), ...(c.assignedProvider ? [c.assignedProvider.userId] : [])])];
      const e = await db.notification.createMany({
        data: recipients.map((userId) => ({
          userId, kind: "critical_message_unacknowledged", consultationId: c.id, link: `/review/${c.id}`, dedupeKey: `critical-escalate:${m.id}:${userId}`,
          title: `Critical message not acknowledged: ${c.reference}`, body: `The patient has not confirmed a critical message sent ${Math.round((now.getTime() - m.createdAt.getTime()) / 60_000)} minutes ago. Consider calling them.`,
        })),
        skipDuplicates: true,
      });
      escalated += e.count;
    }
  }
  return { resent, escalated };
}
