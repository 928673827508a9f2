import { ACTIVE_STATUSES, isPrescriptionActive } from "@/lib/prescriptions/prescription-status";
import type { ActivePrescriptionFacts } from "@/lib/prescriptions/build-safety-check-input";
import { db } from "../db/prisma";

/** Prescriptions already issued to the patient that are still current (added to the safety check's current medications). */
export async function findActivePrescriptionFacts(patientId: string, now: Date): Promise<ActivePrescriptionFacts[]> {
  const rows = await db.prescription.findMany({
    where: { consultation: { patientId }, status: { in: [...ACTIVE_STATUSES] } },
    select: { medicationName: true, doseMg: true, frequencyPerDay: true, route: true, status: true, approvedAt: true, durationDays: true, refills: true },
    orderBy: { approvedAt: "desc" },
    take: 30,
  });
  return rows.filter((r) => isPrescriptionActive(r, now));
}
