/**
 * When every prescription of a consultation has reached the pharmacy (sent or phoned in), the
 * consultation moves prescription_pending → prescription_sent through the single write path,
 * as the system actor "pharmacy", and the patient is told (one Notification per consultation,
 * deduplicated). Idempotent: called after each delivery, on retries and by the dispatcher's
 * reconciliation sweep, so a crash between "sent" and this move never strands a consultation.
 */
import { systemActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { DELIVERED_STATUSES } from "@/lib/prescriptions/prescription-status";
import { prescriptionSentMessage } from "@/lib/prescriptions/manual-delay-message";
import { db } from "../db/prisma";
import { systemRequest } from "../http/request-context";
import { transitionConsultation } from "../consultations/transition-consultation";
import { withPharmacies } from "./with-pharmacies";

export async function advanceConsultationIfDelivered(consultationId: string, now = new Date()): Promise<boolean> {
  const c = await db.consultation.findUnique({
    where: { id: consultationId },
    select: { id: true, status: true, version: true, patientLanguagePreference: true, patient: { select: { userId: true } } },
  });
  if (!c || c.status !== "prescription_pending") return false;
  const rxs = await withPharmacies(await db.prescription.findMany({ where: { consultationId, status: { not: "cancelled" } } }));
  if (rxs.length === 0 || rxs.some((r) => !(DELIVERED_STATUSES as readonly string[]).includes(r.status))) return false;
  const orderRef = [...new Set(rxs.map((r) => r.pharmacyOrderId ?? "phoned-in"))].join(", ").slice(0, 300);
  const pharmacies = [...new Set(rxs.map((r) => r.pharmacy?.name).filter(Boolean))].join(" and ") || "your pharmacy";
  const note = prescriptionSentMessage({ pharmacyName: pharmacies, locale: c.patientLanguagePreference });
  try {
    await transitionConsultation({
      consultationId, to: "prescription_sent", actor: systemActor("pharmacy"), request: systemRequest("pharmacy"), expectedVersion: c.version, now,
      context: { pharmacyOrderId: orderRef },
      effects: async (tx) => {
        await tx.notification.createMany({
          data: [{ userId: c.patient.userId, kind: "prescription.sent", title: note.title, body: note.body, consultationId, link: `/consultations/${consultationId}`, dedupeKey: `rx-sent:${consultationId}`, createdAt: now }],
          skipDuplicates: true,
        });
      },
    });
    return true;
  } catch (e) {
    // Another worker (or the dispatcher) made this move first.
    if (isAppError(e) && e.code === "CONFLICT") return false;
    throw e;
  }
}
