import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/prisma";
import { systemActor } from "@/lib/auth/actor";
import { makeWorld, testRequest } from "../test/fixtures";
import { runSlaSweep } from "./run-sla-sweep";
import { getSlaSummary } from "./get-sla-summary";
import { slaDueAtFor } from "../consultations/sla-targets";
import { transitionConsultation } from "../consultations/transition-consultation";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let sup: Awaited<ReturnType<World["staff"]>>;
let patient: Awaited<ReturnType<World["patient"]>>;

/** A triaged consultation with a chosen urgency and due time. */
async function openCase(urgency: "urgent" | "high" | "medium" | "routine", dueInMinutes: number, now: Date, status: "triaged" | "assigned" = "triaged", providerId?: string) {
  const c = await w.consultation({ patient: patient.patient, patientUserId: patient.user.id, status, providerId, intake: { chiefComplaint: "Sore throat" } });
  const triagedAt = new Date(now.getTime() - 10 * 60_000);
  return db.consultation.update({ where: { id: c.id }, data: { urgency, triagedAt, slaDueAt: new Date(now.getTime() + dueInMinutes * 60_000), slaViolationAt: null } });
}

beforeAll(async () => {
  w = await makeWorld();
  sup = await w.staff({ role: "supervisor" });
  patient = await w.patient();
  await db.slaPolicy.deleteMany();
  await db.slaPolicy.createMany({
    data: [
      { urgency: "urgent", targetMinutes: 30, breachAction: "escalate" },
      { urgency: "high", targetMinutes: 120, breachAction: "reassign" },
      { urgency: "medium", targetMinutes: 480, breachAction: "notify" },
      { urgency: "routine", targetMinutes: 1440, breachAction: "notify" },
    ],
  });
});

describe("SLA thresholds", () => {
  it("sets the due time per urgency from the policy table, and honours a business-hours calendar", async () => {
    const start = new Date("2026-12-02T14:00:00Z"); // Wednesday 09:00 in New York
    expect((await slaDueAtFor(db, "urgent", start)).toISOString()).toBe("2026-12-02T14:30:00.000Z");
    expect((await slaDueAtFor(db, "high", start)).toISOString()).toBe("2026-12-02T16:00:00.000Z");
    expect((await slaDueAtFor(db, "medium", start)).toISOString()).toBe("2026-12-02T22:00:00.000Z");
    expect((await slaDueAtFor(db, "routine", start)).toISOString()).toBe("2026-12-03T14:00:00.000Z");
    await db.slaPolicy.update({ where: { urgency: "medium" }, data: { businessHours: { timeZone: "America/New_York", days: [1, 2, 3, 4, 5], start: "08:00", end: "18:00" } } });
    const friday5pm = new Date("2026-12-04T22:00:00Z");
    expect((await slaDueAtFor(db, "medium", friday5pm)).toISOString()).toBe("2026-12-07T20:00:00.000Z");
    await db.slaPolicy.update({ where: { urgency: "medium" }, data: { businessHours: undefined } });
  });
});

describe("the SLA sweep", () => {
  it("marks breaches once, notifies each supervisor once, applies the escalation policy, and is idempotent", async () => {
    const now = new Date();
    const urgent = await openCase("urgent", -1, now);
    const routine = await openCase("routine", -5, now);
    const notYet = await openCase("routine", 30, now);
    const lee = await w.provider();
    const high = await openCase("high", -2, now, "assigned", lee.provider!.id);

    const first = await runSlaSweep(now);
    expect(first.breached).toBeGreaterThanOrEqual(3);
    const after = await db.consultation.findMany({ where: { id: { in: [urgent.id, routine.id, notYet.id, high.id] } } });
    const byId = Object.fromEntries(after.map((c) => [c.id, c]));
    expect(byId[urgent.id]!.slaViolationAt?.getTime()).toBe(now.getTime());
    expect(byId[urgent.id]!.status).toBe("escalated");
    expect(byId[routine.id]!.status).toBe("triaged");
    expect(byId[routine.id]!.slaViolationAt).not.toBeNull();
    expect(byId[notYet.id]!.slaViolationAt).toBeNull();
    expect(byId[high.id]!.status).toBe("escalated");
    const h = await db.consultationStateHistory.findFirstOrThrow({ where: { consultationId: urgent.id, toStatus: "escalated" } });
    expect(h).toMatchObject({ changedByRole: "system", reason: "SLA breached (urgent)" });
    expect(await db.notification.count({ where: { userId: sup.user.id, kind: "sla_breach", consultationId: { in: [urgent.id, routine.id, high.id] } } })).toBe(3);
    expect(await db.outboxEvent.count({ where: { type: "sla.breached", consultationId: { in: [urgent.id, routine.id] } } })).toBe(2);

    const second = await runSlaSweep(new Date(now.getTime() + 60_000));
    expect(await db.notification.count({ where: { userId: sup.user.id, kind: "sla_breach", consultationId: { in: [urgent.id, routine.id, high.id] } } })).toBe(3);
    expect(await db.outboxEvent.count({ where: { type: "sla.breached", consultationId: { in: [urgent.id, routine.id] } } })).toBe(2);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: urgent.id } })).slaViolationAt?.getTime()).toBe(now.getTime());
    expect(second.escalated).toBe(0);
  });

  it("never breaches a paused clock (waiting on the patient), and resumes with the paused time added", async () => {
    const lee = await w.provider();
    const c = await w.consultation({ patient: patient.patient, patientUserId: patient.user.id, status: "in_review", providerId: lee.provider!.id, providerUserId: lee.user.id, intake: { chiefComplaint: "Rash" } });
    const t0 = new Date();
    await db.consultation.update({ where: { id: c.id }, data: { slaDueAt: new Date(t0.getTime() + 5 * 60_000), slaViolationAt: null } });
    await transitionConsultation({ consultationId: c.id, to: "requires_info", actor: { kind: "user", userId: lee.user.id, role: "provider", organizationId: w.org.id, providerId: lee.provider!.id }, request: testRequest(), context: { message: "Photo please?" }, now: t0 });
    await runSlaSweep(new Date(t0.getTime() + 60 * 60_000));
    expect((await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).slaViolationAt).toBeNull();
    await transitionConsultation({ consultationId: c.id, to: "in_review", actor: systemActor("messaging"), request: testRequest(), context: { patientReply: "Sent it" }, now: new Date(t0.getTime() + 60 * 60_000) });
    const resumed = await db.consultation.findUniqueOrThrow({ where: { id: c.id } });
    expect(resumed.slaDueAt!.getTime()).toBe(t0.getTime() + 65 * 60_000);
  });

  it("reminds the assigned provider at 50% and 80% of the window, once each", async () => {
    const prov = await w.provider();
    const now = new Date();
    const c = await w.consultation({ patient: patient.patient, patientUserId: patient.user.id, status: "assigned", providerId: prov.provider!.id, intake: { chiefComplaint: "Cough" } });
    await db.consultation.update({ where: { id: c.id }, data: { triagedAt: new Date(now.getTime() - 60 * 60_000), slaDueAt: new Date(now.getTime() + 40 * 60_000), slaViolationAt: null } });
    await runSlaSweep(now);
    await runSlaSweep(now);
    expect(await db.notification.findMany({ where: { consultationId: c.id, userId: prov.user.id }, select: { kind: true } })).toEqual([{ kind: "sla_reminder_50" }]);
    await runSlaSweep(new Date(now.getTime() + 25 * 60_000));
    expect((await db.notification.findMany({ where: { consultationId: c.id, userId: prov.user.id }, select: { kind: true }, orderBy: { createdAt: "asc" } })).map((n) => n.kind)).toEqual(["sla_reminder_50", "sla_reminder_80"]);
  });

  it("summarises open, at-risk and breached cases for the organisation", async () => {
    const now = new Date();
    const risky = await openCase("high", 10, now);
    await runSlaSweep(now);
    const s = await getSlaSummary(w.org.id, now);
    expect(s.atRisk.map((a) => a.consultationId)).toContain(risky.id);
    expect(s.atRisk.find((a) => a.consultationId === risky.id)).toMatchObject({ urgency: "high", minutesLeft: 10 });
    expect(s.breached.length).toBeGreaterThanOrEqual(3);
    expect(s.openByUrgency.high).toBeGreaterThanOrEqual(1);
    expect(s.complianceRate).toBeGreaterThanOrEqual(0);
    expect(s.complianceRate).toBeLessThanOrEqual(1);
  });
});
