import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/prisma";
import { makeWorld, patientActor, testRequest } from "../test/fixtures";
import { ZIntake, CONSENT_VERSION } from "@/lib/schemas/intake";
import { submitIntake } from "./submit-intake";
import { AppError } from "@/lib/errors";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

const intake = (o: Record<string, unknown> = {}) =>
  ZIntake.parse({ consultationType: "family_medicine", chiefComplaint: "Sore throat for two days", onset: "1_3_days", severity: 3, consent: { accepted: true, version: CONSENT_VERSION }, ...o });

beforeAll(async () => {
  w = await makeWorld();
});

describe("submitIntake", () => {
  it("creates and triages in one transaction: pending → triaged, with history, outbox and audit", async () => {
    const p = await w.patient();
    const { consultation: c, replayed } = await submitIntake(patientActor(p), intake(), testRequest());
    expect(replayed).toBe(false);
    expect(c).toMatchObject({ status: "triaged", urgency: "routine", clinicalRiskLevel: "low" });
    expect(c.consentVersion).toBe(CONSENT_VERSION);
    expect(c.slaDueAt!.getTime() - c.triagedAt!.getTime()).toBe(24 * 60 * 60_000);
    const h = await db.consultationStateHistory.findMany({ where: { consultationId: c.id }, orderBy: { id: "asc" } });
    expect(h.map((x) => [x.fromStatus, x.toStatus, x.changedByRole])).toEqual([[null, "pending", "patient"], ["pending", "triaged", "system"]]);
    expect(await db.outboxEvent.count({ where: { consultationId: c.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { resourceId: c.id, action: { in: ["CREATE", "TRANSITION"] } } })).toBe(2);
  });

  it("routes a critical intake straight to escalated", async () => {
    const p = await w.patient();
    const { consultation: c } = await submitIntake(patientActor(p), intake({ chiefComplaint: "Crushing chest pain spreading to my left arm", severity: 9 }), testRequest());
    expect(c).toMatchObject({ status: "escalated", clinicalRiskLevel: "critical", requiresSynchronousVisit: true, urgency: "urgent" });
  });

  it("is idempotent: the same key and body return the same consultation, even under concurrent duplicates", async () => {
    const p = await w.patient();
    const key = `k-${crypto.randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 5 }, () => submitIntake(patientActor(p), intake(), testRequest(), key)));
    expect(new Set(results.map((r) => r.consultation.id)).size).toBe(1);
    expect(await db.consultation.count({ where: { patientId: p.patient.id } })).toBe(1);
    const again = await submitIntake(patientActor(p), intake(), testRequest(), key);
    expect(again).toMatchObject({ replayed: true, consultation: { id: results[0]!.consultation.id } });
    const e = await submitIntake(patientActor(p), intake({ severity: 8 }), testRequest(), key).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("never wipes the medicines and allergies on record with an empty intake list", async () => {
    const p = await w.patient({ currentMedications: [{ name: "warfarin", doseMg: 5, frequencyPerDay: 1 }], allergies: [{ substance: "penicillin", type: "allergy" }] });
    await submitIntake(patientActor(p), intake(), testRequest());
    const after = await db.patient.findUniqueOrThrow({ where: { id: p.patient.id } });
    expect(after.currentMedications).toEqual([{ name: "warfarin", doseMg: 5, frequencyPerDay: 1 }]);
    expect(after.allergies).toEqual([{ substance: "penicillin", type: "allergy" }]);
    await submitIntake(patientActor(p), intake({ noKnownAllergies: true, medications: [{ name: "lisinopril", dose: "10 mg" }] }), testRequest());
    const updated = await db.patient.findUniqueOrThrow({ where: { id: p.patient.id } });
    expect(updated.allergies).toEqual([]);
    expect(updated.currentMedications).toEqual([{ name: "lisinopril", dose: "10 mg" }]);
  });

  it("refuses staff and attachments that belong to someone else", async () => {
    const doc = await w.provider();
    const e = await submitIntake({ kind: "user", userId: doc.user.id, role: "provider", organizationId: w.org.id }, intake(), testRequest()).catch((x: unknown) => x);
    expect((e as AppError).code).toBe("FORBIDDEN");
    const p = await w.patient();
    const e2 = await submitIntake(patientActor(p), intake({ attachmentIds: [crypto.randomUUID()] }), testRequest()).catch((x: unknown) => x);
    expect((e2 as AppError).code).toBe("VALIDATION_FAILED");
    expect(await db.consultation.count({ where: { patientId: p.patient.id } })).toBe(0);
  });
});
