/**
 * The SLA monitor, run every minute by the worker (and every 15 s by its loop).
 * One transaction:
 *  1. a set-based UPDATE marks newly breached open consultations (uses the
 *     partial index on open consultations; paused clocks are skipped);
 *  2. each new breach is announced (outbox) and every supervisor of the
 *     organisation is notified once (Notification.dedupeKey);
 *  3. the urgency's breach policy runs: "escalate" moves triaged/assigned/
 *     in_review cases to escalated, "reassign" releases an assigned case that
 *     has not been started back to the queue — both through the write path;
 *  4. assigned providers get reminders at 50% and 80% of the SLA window.
 * Idempotent: a breached row already has slaViolationAt and is never touched
 * again, and notifications are deduplicated by key.
 */
import { systemActor } from "@/lib/auth/actor";
import type { Urgency } from "@/lib/consultations/statuses";
import { db, type Tx } from "../db/prisma";
import { systemRequest } from "../http/request-context";
import { applyTransition } from "../consultations/transition-consultation";
import { findSlaRules } from "../consultations/sla-targets";

export interface SweepResult {
  breached: number;
  escalated: number;
  reassignQueued: number;
  reminders: number;
}

interface BreachRow {
  id: string;
  reference: string;
  organizationId: string;
  consultationType: string;
  status: string;
  urgency: Urgency;
  assignedProviderId: string | null;
  reviewedAt: Date | null;
}

export async function runSlaSweep(now = new Date()): Promise<SweepResult> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<BreachRow[]>`
      UPDATE "Consultation" SET "slaViolationAt" = ${now}
       WHERE "status" NOT IN ('completed', 'cancelled') AND "slaDueAt" < ${now}
         AND "slaViolationAt" IS NULL AND "slaPausedAt" IS NULL
      RETURNING "id", "reference", "organizationId", "consultationType", "status"::text, "urgency"::text, "assignedProviderId", "reviewedAt"`;
    let escalated = 0;
    let reassignQueued = 0;
    if (rows.length > 0) {
      await tx.outboxEvent.createMany({
        data: rows.map((r) => ({
          type: "sla.breached", consultationId: r.id,
          payload: { consultationId: r.id, status: r.status, urgency: r.urgency, organizationId: r.organizationId, consultationType: r.consultationType, assignedProviderId: r.assignedProviderId },
        })),
      });
      await notifySupervisors(tx, rows);
      const rules = await findSlaRules(tx);
      for (const r of rows) {
        const action = rules[r.urgency].breachAction;
        const request = systemRequest("sla-monitor");
        if (action === "escalate" && ["triaged", "assigned", "in_review"].includes(r.status)) {
          await applyTransition(tx, { consultationId: r.id, to: "escalated", actor: systemActor("sla-monitor"), request, now, context: { reason: `SLA breached (${r.urgency})` } });
          escalated++;
        } else if (action === "reassign" && r.status === "assigned" && !r.reviewedAt) {
          // The state machine lets a supervisor (not the system) release; the monitor escalates the
          // unstarted case to supervisors' emergency queue instead, where one click reassigns it.
          await applyTransition(tx, { consultationId: r.id, to: "escalated", actor: systemActor("sla-monitor"), request, now, context: { reason: `SLA breached (${r.urgency}) before review started: reassign` } });
          reassignQueued++;
        }
      }
    }
    const reminders = await remindProviders(tx, now);
    return { breached: rows.length, escalated, reassignQueued, reminders };
  });
}

async function notifySupervisors(tx: Tx, rows: BreachRow[]) {
  const orgs = [...new Set(rows.map((r) => r.organizationId))];
  const supervisors = await tx.user.findMany({ where: { organizationId: { in: orgs }, role: "supervisor", disabled: false }, select: { id: true, organizationId: true } });
  const data = rows.flatMap((r) =>
    supervisors
      .filter((s) => s.organizationId === r.organizationId)
      .map((s) => ({
        userId: s.id, kind: "sla_breach", title: `SLA breached: ${r.reference} (${r.urgency})`,
        body: "A consultation passed its response deadline.", consultationId: r.id, link: `/review/${r.id}`, dedupeKey: `sla-breach:${r.id}:${s.id}`,
      })),
  );
  if (data.length) await tx.notification.createMany({ data, skipDuplicates: true });
}

/** Reminders to the assigned provider at 50% and 80% of the SLA window (once each). */
async function remindProviders(tx: Tx, now: Date): Promise<number> {
  const due = await tx.$queryRaw<{ id: string; reference: string; userId: string; pct: number }[]>`
    SELECT c."id", c."reference", p."userId",
           CASE WHEN ${now} >= c."triagedAt" + (c."slaDueAt" - c."triagedAt") * 0.8 THEN 80 ELSE 50 END AS pct
      FROM "Consultation" c JOIN "Provider" p ON p."id" = c."assignedProviderId"
     WHERE c."status" IN ('assigned', 'in_review') AND c."slaViolationAt" IS NULL AND c."slaPausedAt" IS NULL
       AND c."triagedAt" IS NOT NULL AND c."slaDueAt" > ${now}
       AND ${now} >= c."triagedAt" + (c."slaDueAt" - c."triagedAt") * 0.5`;
  if (due.length === 0) return 0;
  const res = await tx.notification.createMany({
    data: due.map((d) => ({
      userId: d.userId, kind: `sla_reminder_${d.pct}`, title: `${d.reference}: ${d.pct}% of the response time used`,
      consultationId: d.id, link: `/review/${d.id}`, dedupeKey: `sla-${d.pct}:${d.id}`,
    })),
    skipDuplicates: true,
  });
  return res.count;
}
