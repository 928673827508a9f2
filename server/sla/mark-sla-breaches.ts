/**
 * Marks SLA breaches in one set-based statement over open consultations (it
 * uses the partial index consultation_sla_open_idx) and announces each new
 * breach through the outbox in the same transaction. Idempotent: a breached
 * row already has slaViolationAt and is not touched again.
 */
import { db } from "../db/prisma";

export interface SweepResult {
  breached: number;
}

export async function markSlaBreaches(now = new Date()): Promise<SweepResult> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; patientId: string; organizationId: string; consultationType: string; status: string; urgency: string; assignedProviderId: string | null }[]>`
      UPDATE "Consultation"
         SET "slaViolationAt" = ${now}, "updatedAt" = ${now}
       WHERE "status" NOT IN ('completed', 'cancelled')
         AND "slaDueAt" < ${now}
         AND "slaViolationAt" IS NULL
         AND "slaPausedAt" IS NULL
      RETURNING "id", "patientId", "organizationId", "consultationType", "status"::text, "urgency"::text, "assignedProviderId"`;
    if (rows.length > 0) {
      await tx.outboxEvent.createMany({
        data: rows.map((r) => ({
          type: "sla.breached",
          consultationId: r.id,
          payload: {
            consultationId: r.id, status: r.status, urgency: r.urgency, organizationId: r.organizationId,
            consultationType: r.consultationType, assignedProviderId: r.assignedProviderId,
          },
        })),
      });
    }
    return { breached: rows.length };
  });
}
