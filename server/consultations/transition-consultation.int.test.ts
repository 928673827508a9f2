import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/prisma";
import { systemActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { transitionConsultation } from "./transition-consultation";
import { countRows, makeWorld, patientActor, staffActor, testRequest } from "../test/fixtures";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let alice: Awaited<ReturnType<World["patient"]>>;
let mallory: Awaited<ReturnType<World["patient"]>>;
let lee: Awaited<ReturnType<World["provider"]>>;
let garcia: Awaited<ReturnType<World["provider"]>>;
let sup: Awaited<ReturnType<World["staff"]>>;

const sore = { chiefComplaint: "Sore throat for two days", severity: 3 };

async function expectAppError(p: Promise<unknown>, code: string, status?: number) {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  if (status) expect((e as AppError).status).toBe(status);
  return e as AppError;
}

beforeAll(async () => {
  w = await makeWorld();
  alice = await w.patient({ stateOfResidence: "NY" });
  mallory = await w.patient({ stateOfResidence: "NY" });
  lee = await w.provider();
  garcia = await w.provider();
  sup = await w.staff({ role: "supervisor" });
});

const triaged = () => w.consultation({ patient: alice.patient, patientUserId: alice.user.id, status: "triaged", intake: sore });

describe("transitionConsultation: the single write path", () => {
  it("writes the row, its history, the outbox event and the audit row together", async () => {
    const c = await triaged();
    const before = await countRows(c.id);
    const updated = await transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(lee), request: testRequest() });
    expect(updated.status).toBe("assigned");
    expect(updated.assignedProviderId).toBe(lee.provider!.id);
    expect(updated.assignedAt).toBeInstanceOf(Date);
    expect(updated.version).toBe(c.version + 1);
    const after = await countRows(c.id);
    expect(after).toEqual({ history: before.history + 1, outbox: before.outbox + 1, audit: before.audit + 1 });
    const h = await db.consultationStateHistory.findFirstOrThrow({ where: { consultationId: c.id }, orderBy: { id: "desc" } });
    expect(h).toMatchObject({ fromStatus: "triaged", toStatus: "assigned", changedById: lee.user.id, changedByRole: "provider" });
    const e = await db.outboxEvent.findFirstOrThrow({ where: { consultationId: c.id }, orderBy: { id: "desc" } });
    expect(e.payload).toMatchObject({ status: "assigned", previousStatus: "triaged", version: updated.version });
  });

  it("refuses an invalid transition with the allowed targets and writes nothing but a denial audit", async () => {
    const c = await triaged();
    const before = await countRows(c.id);
    const err = await expectAppError(
      transitionConsultation({ consultationId: c.id, to: "completed", actor: staffActor(sup), request: testRequest() }),
      "INVALID_TRANSITION", 409,
    );
    expect(err.details).toEqual({ from: "triaged", to: "completed", allowed: ["assigned", "escalated", "cancelled"] });
    expect(await countRows(c.id)).toEqual(before);
    expect(await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "triaged", version: c.version });
    const denial = await db.auditLog.findFirstOrThrow({ where: { resourceId: c.id, outcome: "denied" }, orderBy: { id: "desc" } });
    expect(denial.metadata).toMatchObject({ code: "INVALID_TRANSITION", to: "completed" });
  });

  it("refuses a missing guard with 422 and a foreign patient with 403", async () => {
    const c = await triaged();
    await expectAppError(transitionConsultation({ consultationId: c.id, to: "cancelled", actor: patientActor(alice), request: testRequest() }), "GUARD_FAILED", 422);
    await expectAppError(
      transitionConsultation({ consultationId: c.id, to: "cancelled", actor: patientActor(mallory), request: testRequest(), context: { reason: "Not mine" } }),
      "FORBIDDEN", 403,
    );
    await expectAppError(transitionConsultation({ consultationId: crypto.randomUUID(), to: "cancelled", actor: patientActor(alice), request: testRequest() }), "NOT_FOUND", 404);
    const ok = await transitionConsultation({ consultationId: c.id, to: "cancelled", actor: patientActor(alice), request: testRequest(), context: { reason: "Feeling better" } });
    expect(ok).toMatchObject({ status: "cancelled", cancellationReason: "Feeling better" });
  });

  it("rolls everything back when a step inside the transaction fails", async () => {
    const c = await triaged();
    const before = await countRows(c.id);
    await expect(
      transitionConsultation({
        consultationId: c.id, to: "assigned", actor: staffActor(lee), request: testRequest(),
        effects: async () => {
          throw new Error("simulated failure after the update");
        },
      }),
    ).rejects.toThrow("simulated failure");
    expect(await countRows(c.id)).toEqual(before);
    expect(await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "triaged", assignedProviderId: null, version: c.version });
  });

  it("lets exactly one of two providers accepting at once win; the other gets CONFLICT (repeated)", async () => {
    for (let round = 0; round < 15; round++) {
      const c = await triaged();
      const results = await Promise.allSettled([
        transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(lee), request: testRequest() }),
        transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(garcia), request: testRequest() }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(AppError);
      expect((lost[0]!.reason as AppError).code).toBe("CONFLICT");
      const row = await db.consultation.findUniqueOrThrow({ where: { id: c.id } });
      expect(row.version).toBe(c.version + 1);
      expect(await db.consultationStateHistory.count({ where: { consultationId: c.id, toStatus: "assigned" } })).toBe(1);
    }
  });

  it("refuses a stale expectedVersion with CONFLICT", async () => {
    const c = await triaged();
    await expectAppError(
      transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(lee), request: testRequest(), expectedVersion: c.version - 1 }),
      "CONFLICT", 409,
    );
  });

  it("pauses the SLA clock while waiting on the patient and resumes it with the paused time added", async () => {
    const c = await w.consultation({ patient: alice.patient, patientUserId: alice.user.id, status: "in_review", intake: sore, providerId: lee.provider!.id, providerUserId: lee.user.id });
    const t0 = new Date();
    await transitionConsultation({ consultationId: c.id, to: "requires_info", actor: staffActor(lee), request: testRequest(), context: { message: "How high is the fever?" }, now: t0 });
    const paused = await db.consultation.findUniqueOrThrow({ where: { id: c.id } });
    expect(paused.slaPausedAt?.getTime()).toBe(t0.getTime());
    const t1 = new Date(t0.getTime() + 45 * 60_000);
    await transitionConsultation({ consultationId: c.id, to: "in_review", actor: systemActor("messaging"), request: testRequest(), context: { patientReply: "38.5 this morning" }, now: t1 });
    const resumed = await db.consultation.findUniqueOrThrow({ where: { id: c.id } });
    expect(resumed.slaPausedAt).toBeNull();
    expect(resumed.slaPausedMinutes).toBe(45);
    expect(resumed.slaDueAt!.getTime() - paused.slaDueAt!.getTime()).toBe(45 * 60_000);
    const h = await db.consultationStateHistory.findFirstOrThrow({ where: { consultationId: c.id }, orderBy: { id: "desc" } });
    expect(h.metadata).toMatchObject({ slaPausedMinutes: 45 });
  });
});

describe("capability checks on assignment", () => {
  it("names each failed check and suggests who could take the case", async () => {
    const ortiz = await w.provider({ licenseExpiresAt: "2025-01-31", licensedStates: ["TX"], completedTrainings: [] });
    const c = await triaged();
    const err = await expectAppError(transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(ortiz), request: testRequest() }), "CAPABILITY_MISMATCH", 403);
    const checks = (err.details!.failures as { check: string }[]).map((f) => f.check);
    expect(checks).toEqual(["license_active", "license_state", "training"]);
    const suggested = (err.details!.suggestions as { providerId: string }[]).map((s) => s.providerId);
    expect(suggested).toContain(lee.provider!.id);
    expect(suggested).not.toContain(ortiz.provider!.id);
  });

  it("refuses a dermatologist for a family-medicine case and a supervisor assigning them", async () => {
    const derm = await w.provider({ specialties: ["dermatology"] });
    const c = await triaged();
    const e1 = await expectAppError(transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(derm), request: testRequest() }), "CAPABILITY_MISMATCH");
    expect((e1.details!.failures as { check: string }[]).map((f) => f.check)).toEqual(["specialty"]);
    await expectAppError(
      transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(sup), request: testRequest(), context: { providerId: derm.provider!.id } }),
      "CAPABILITY_MISMATCH",
    );
    const ok = await transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(sup), request: testRequest(), context: { providerId: garcia.provider!.id } });
    expect(ok.assignedProviderId).toBe(garcia.provider!.id);
  });

  it("stops at the daily limit with 429 DAILY_LIMIT_REACHED", async () => {
    const busy = await w.provider({ maxDailyConsultations: 1 });
    const first = await triaged();
    await transitionConsultation({ consultationId: first.id, to: "assigned", actor: staffActor(busy), request: testRequest() });
    const second = await triaged();
    const err = await expectAppError(transitionConsultation({ consultationId: second.id, to: "assigned", actor: staffActor(busy), request: testRequest() }), "DAILY_LIMIT_REACHED", 429);
    expect((err.details!.failures as { check: string }[]).map((f) => f.check)).toEqual(["daily_limit"]);
  });

  it("refuses a provider treating themselves", async () => {
    const doc = await w.provider();
    const docAsPatient = await db.patient.create({ data: { userId: doc.user.id, dateOfBirth: new Date("1980-01-01"), sex: "male", stateOfResidence: "NY" } });
    const c = await w.consultation({ patient: docAsPatient, patientUserId: doc.user.id, status: "triaged", intake: sore });
    const err = await expectAppError(transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(doc), request: testRequest() }), "CAPABILITY_MISMATCH");
    expect((err.details!.failures as { check: string }[]).map((f) => f.check)).toContain("not_self");
  });
});
