import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { staffActor, testRequest } from "../test/fixtures";
import { ACETAMINOPHEN, IBUPROFEN, makePrescribingWorld } from "./prescribing-test-world";
import { findConsultationPrescriptions } from "./find-consultation-prescriptions";
import { findPharmacies } from "./find-pharmacies";

type World = Awaited<ReturnType<typeof makePrescribingWorld>>;
let t: World;

beforeAll(async () => {
  t = await makePrescribingWorld();
});

async function refusal(p: Promise<unknown>, code: string, status: number) {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  expect((e as AppError).status).toBe(status);
  return e as AppError;
}

const OVERRIDE_REASON = "Short course at the lowest dose; INR check arranged in 3 days and bleeding advice given.";

describe("approvePrescriptions: safety is re-checked on the stored record", () => {
  it("blocks ibuprofen for a warfarin patient without an override: 422 with the safety result, nothing written but a 'blocked' decision log", async () => {
    const c = await t.inReview(t.bob);
    const err = await refusal(t.approve(c.id, [IBUPROFEN]), "GUARD_FAILED", 422);
    const details = err.details as { safety: { requiresOverride: boolean; interactions: { id: string }[] }; missingFindingIds: string[]; rationaleMissing: boolean };
    expect(details.safety.requiresOverride).toBe(true);
    expect(details.safety.interactions.map((i) => i.id)).toContain("ddi:warfarin+ibuprofen");
    expect(details.missingFindingIds).toContain("ddi:warfarin+ibuprofen");
    expect(details.rationaleMissing).toBe(true);
    expect(await db.prescription.count({ where: { consultationId: c.id } })).toBe(0);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("in_review");
    const log = await db.clinicalDecisionSupportLog.findFirstOrThrow({ where: { consultationId: c.id } });
    expect(log).toMatchObject({ decision: "blocked", overridden: false, prescriptionIds: [], drugInteractionChecked: true, allergyChecked: true });
    expect(await db.auditLog.count({ where: { patientId: t.bob.patient.id, resourceType: "prescription", outcome: "denied" } })).toBeGreaterThan(0);
  });

  it("blocks a true contraindication (amoxicillin with a penicillin allergy) and refuses an override that does not acknowledge each finding", async () => {
    const c = await t.inReview(t.bob);
    const amox = { ...ACETAMINOPHEN, name: "amoxicillin", doseMg: 500, doseText: "500 mg", frequencyPerDay: 3 };
    const first = await refusal(t.approve(c.id, [amox]), "GUARD_FAILED", 422);
    expect((first.details as { safety: { blocked: boolean; blockingFindingIds: string[] } }).safety).toMatchObject({ blocked: true, blockingFindingIds: ["allergy:penicillin:amoxicillin"] });
    const partial = await refusal(t.approve(c.id, [amox], { override: { rationale: OVERRIDE_REASON, acknowledgedFindingIds: [] } }), "GUARD_FAILED", 422);
    expect(partial.details).toMatchObject({ missingFindingIds: ["allergy:penicillin:amoxicillin"], rationaleMissing: false });
    expect(await db.prescription.count({ where: { consultationId: c.id } })).toBe(0);
  });

  it("refuses without a fresh MFA verification (403 MFA_REQUIRED), even with a complete override", async () => {
    const c = await t.inReview(t.bob);
    const stale = { ...staffActor(t.lee), mfaVerifiedAt: new Date(Date.now() - 20 * 60_000) };
    const err = await refusal(
      t.approve(c.id, [IBUPROFEN], { override: { rationale: OVERRIDE_REASON, acknowledgedFindingIds: ["ddi:warfarin+ibuprofen"] } }, stale),
      "MFA_REQUIRED", 403,
    );
    expect(err.details).toMatchObject({ reason: "stale" });
    const safe = await refusal(t.approve(c.id, [ACETAMINOPHEN], {}, stale), "MFA_REQUIRED", 403);
    expect(safe.code).toBe("MFA_REQUIRED");
    expect(await db.prescription.count({ where: { consultationId: c.id } })).toBe(0);
  });

  it("approves with an override (MFA, rationale, each finding acknowledged) and logs the decision-support record", async () => {
    const c = await t.inReview(t.bob);
    const r = await t.approve(c.id, [IBUPROFEN], {
      override: { rationale: OVERRIDE_REASON, acknowledgedFindingIds: ["ddi:warfarin+ibuprofen", "not-a-finding"] },
      aiRecommendation: { summary: "Suggested paracetamol", suggestedMedications: ["acetaminophen"], confidence: 0.7 },
      deviationReason: "Patient reports paracetamol is ineffective for him.",
      dismissedFindings: [{ id: "ddi:lisinopril+ibuprofen", reason: "Renal function checked last month" }],
    });
    expect(r.prescriptions).toHaveLength(1);
    expect(r.prescriptions[0]).toMatchObject({ status: "approved", medicationName: "ibuprofen", overrideRationale: OVERRIDE_REASON, pharmacy: { id: t.pharmacy.id } });
    const consultation = await db.consultation.findUniqueOrThrow({ where: { id: c.id } });
    expect(consultation).toMatchObject({ status: "prescription_pending", flaggedUnusual: false });
    const log = await db.clinicalDecisionSupportLog.findUniqueOrThrow({ where: { id: r.cdsLogId } });
    expect(log).toMatchObject({
      decision: "approved_with_override", overridden: true, overrideRationale: OVERRIDE_REASON, acknowledgedFindingIds: ["ddi:warfarin+ibuprofen"],
      deviationReason: "Patient reports paracetamol is ineffective for him.", patientSafetyChecked: true, drugInteractionChecked: true, allergyChecked: true,
      prescriptionIds: [r.prescriptions[0]!.id], providerUserId: t.lee.user.id,
    });
    expect(log.aiRecommendation).toMatchObject({ suggestedMedications: ["acetaminophen"], confidence: 0.7 });
    expect(log.checksPerformed).toMatchObject({ interactions: true, allergies: true, doses: true, duplicates: true, patientFacts: { sex: "male", weightKg: 82 }, currentMedicationCount: 2, allergyCount: 1 });
    expect(log.results).toMatchObject({ safety: { ruleSetVersion: r.safety.ruleSetVersion }, dismissedFindings: [{ id: "ddi:lisinopril+ibuprofen" }] });
    const events = await db.outboxEvent.findMany({ where: { consultationId: c.id, type: "prescription.approved" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ prescriptionIds: r.prescriptions[0]!.id, count: 1 });
  });

  it("approves a safe prescription without an override, and counts other active prescriptions as current medication", async () => {
    const c1 = await t.inReview(t.ann);
    const r1 = await t.approve(c1.id, [ACETAMINOPHEN]);
    expect(r1.safety.requiresOverride).toBe(false);
    expect((await db.clinicalDecisionSupportLog.findUniqueOrThrow({ where: { id: r1.cdsLogId } })).decision).toBe("approved");
    // A second NSAID-free acetaminophen order now duplicates the active one.
    const c2 = await t.inReview(t.ann);
    const r2 = await t.approve(c2.id, [{ ...ACETAMINOPHEN, name: "Tylenol" }], { override: { rationale: "Replacing the earlier order; the patient will stop the first one.", acknowledgedFindingIds: [] } });
    expect(r2.safety.normalized.current.map((m) => m.name)).toContain("acetaminophen");
  });

  it("flags controlled substances: flaggedUnusual and supervisorApprovalRequired on the consultation", async () => {
    const c = await t.inReview(t.ann);
    const r = await t.approve(c.id, [{ name: "oxycodone", doseMg: 5, doseText: "5 mg", frequencyPerDay: 4, frequencyText: "every 6 hours as needed for severe pain", durationDays: 3, quantity: 12, refills: 0 }]);
    expect(r.prescriptions[0]).toMatchObject({ controlledSubstance: true });
    expect(await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "prescription_pending", flaggedUnusual: true, supervisorApprovalRequired: true });
  });

  it("lets only the right prescriber approve: the assigned provider in review, the peer reviewer in peer review", async () => {
    const c = await t.inReview(t.ann);
    await refusal(t.approve(c.id, [ACETAMINOPHEN], {}, staffActor(t.garcia)), "FORBIDDEN", 403);
    await refusal(t.approve(c.id, [ACETAMINOPHEN], {}, staffActor(t.pharmacist)), "FORBIDDEN", 403);
    const peer = await t.w.consultation({
      patient: t.ann.patient, patientUserId: t.ann.user.id, status: "requires_peer_review", providerId: t.lee.provider!.id, providerUserId: t.lee.user.id,
      peerReviewerId: t.garcia.provider!.id, intake: { chiefComplaint: "Headache for two days" },
    });
    await refusal(t.approve(peer.id, [ACETAMINOPHEN]), "FORBIDDEN", 403);
    await refusal(t.approve(peer.id, [ACETAMINOPHEN], {}, staffActor(t.garcia)), "GUARD_FAILED", 422);
    const ok = await t.approve(peer.id, [ACETAMINOPHEN], { peerReview: { score: 4, comment: "Plan is sound." } }, staffActor(t.garcia));
    expect(ok.prescriptions[0]).toMatchObject({ prescriberUserId: t.garcia.user.id });
    await refusal(t.approve(peer.id, [ACETAMINOPHEN], {}, staffActor(t.garcia)), "INVALID_TRANSITION", 409);
  });

  it("refuses an unknown pharmacy with 400", async () => {
    const c = await t.inReview(t.ann);
    await refusal(t.approve(c.id, [ACETAMINOPHEN], { pharmacyId: crypto.randomUUID() }), "VALIDATION_FAILED", 400);
  });

  it("limits approvals to 10 per provider per hour: the 11th is 429 with retryAfterSeconds, and nothing is written", async () => {
    const busy = await t.w.provider();
    const now = new Date();
    const consultations = [];
    for (let i = 0; i < 11; i++) consultations.push(await t.inReview(t.ann, busy));
    for (let i = 0; i < 10; i++) await t.approve(consultations[i]!.id, [ACETAMINOPHEN], {}, staffActor(busy), now);
    const err = await refusal(t.approve(consultations[10]!.id, [ACETAMINOPHEN], {}, staffActor(busy), now), "RATE_LIMITED", 429);
    expect(err.details).toMatchObject({ limit: 10, windowSeconds: 3600 });
    expect((err.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect(await db.prescription.count({ where: { consultationId: consultations[10]!.id } })).toBe(0);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: consultations[10]!.id } })).status).toBe("in_review");
  });
});

describe("reading prescriptions", () => {
  it("shows each relation its view: the patient the label, the pharmacist the order, the prescriber the safety record", async () => {
    const c = await t.inReview(t.bob);
    await t.approve(c.id, [IBUPROFEN], { override: { rationale: OVERRIDE_REASON, acknowledgedFindingIds: ["ddi:warfarin+ibuprofen"] } });
    const patient = { kind: "user" as const, userId: t.bob.user.id, role: "patient" as const, organizationId: t.bob.user.organizationId, patientId: t.bob.patient.id };
    const asPatient = (await findConsultationPrescriptions(patient, c.id, testRequest())).items[0]!;
    expect(asPatient).toMatchObject({ displayName: "ibuprofen", sig: expect.stringContaining("Take 400 mg by mouth"), status: "approved" });
    expect(asPatient).not.toHaveProperty("safetyResult");
    expect(asPatient).not.toHaveProperty("overrideRationale");
    const asPharmacist = (await findConsultationPrescriptions(staffActor(t.pharmacist), c.id, testRequest())).items[0]!;
    expect(asPharmacist).toHaveProperty("attempts");
    expect(asPharmacist).not.toHaveProperty("overrideRationale");
    const asPrescriber = (await findConsultationPrescriptions(staffActor(t.lee), c.id, testRequest())).items[0]!;
    expect(asPrescriber).toMatchObject({ overrideRationale: OVERRIDE_REASON });
    await refusal(findConsultationPrescriptions(staffActor(t.garcia), c.id, testRequest()), "FORBIDDEN", 403);
  });

  it("lists pharmacies for staff with whether they receive electronic orders", async () => {
    const { items } = await findPharmacies(staffActor(t.lee));
    expect(items.find((p) => p.id === t.pharmacy.id)).toMatchObject({ electronic: true });
    const patient = { kind: "user" as const, userId: t.bob.user.id, role: "patient" as const, organizationId: t.bob.user.organizationId, patientId: t.bob.patient.id };
    await refusal(findPharmacies(patient), "FORBIDDEN", 403);
  });
});
