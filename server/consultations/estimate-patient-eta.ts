/**
 * Inputs for the patient's estimated response time: their place in the queue
 * (same organisation and type, clinical priority order) and how many cases of
 * that type clinicians took in the last two hours.
 */
import { estimateResponse } from "@/lib/consultations/estimate-response";
import { db } from "../db/prisma";

const WINDOW_HOURS = 2;

export async function estimatePatientEta(consultationId: string, now = new Date()) {
  const c = await db.consultation.findUniqueOrThrow({ where: { id: consultationId }, select: { status: true, organizationId: true, consultationType: true, queuePriority: true, slaDueAt: true } });
  let queuePosition: number | null = null;
  if (c.status === "triaged") {
    const ahead = await db.consultation.count({
      where: {
        organizationId: c.organizationId, consultationType: c.consultationType, status: "triaged", id: { not: consultationId },
        OR: [{ queuePriority: { gt: c.queuePriority } }, { queuePriority: c.queuePriority, slaDueAt: { lt: c.slaDueAt ?? now } }],
      },
    });
    queuePosition = ahead + 1;
  }
  const taken = await db.consultationStateHistory.count({
    where: { toStatus: "assigned", createdAt: { gte: new Date(now.getTime() - WINDOW_HOURS * 3_600_000) }, consultation: { organizationId: c.organizationId, consultationType: c.consultationType } },
  });
  return { ...estimateResponse({ now, slaDueAt: c.slaDueAt, queuePosition, takenPerHour: taken / WINDOW_HOURS }), queuePosition };
}
