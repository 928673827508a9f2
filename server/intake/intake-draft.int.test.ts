import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { CONSENT_VERSION, ZIntake } from "@/lib/schemas/intake";
import { INTAKE_STEPS } from "@/lib/intake/intake-steps";
import { toIntake } from "@/lib/intake/to-intake";
import type { TIntakeDraftValues } from "@/lib/schemas/intake-form";
import { db } from "../db/prisma";
import { makeWorld, patientActor, testRequest } from "../test/fixtures";
import { tinyPdf } from "../test/test-images";
import { createAttachment } from "../attachments/create-attachment";
import { getIntakeContext } from "./get-intake-context";
import { saveIntakeDraft } from "./save-intake-draft";
import { submitIntakeDraft } from "./submit-intake-draft";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "av-storage-"));
process.env.STORAGE_DIR = storageDir;

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});
afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

const complete: TIntakeDraftValues = {
  consultationType: "family_medicine", chiefComplaint: "Sore throat and a mild fever", symptoms: ["sore throat", "fever"], otherSymptoms: "",
  details: "", onset: "1_3_days", severity: 3, vitals: { temperatureUnit: "C", temperature: 37.8, heartRate: 84 }, takesMedicines: "no",
  medications: [], hasAllergies: "no", allergies: [], pregnancyStatus: "not_pregnant", preferredLanguage: "en", consentAccepted: true, consentVersion: CONSENT_VERSION,
};

describe("saveIntakeDraft and getIntakeContext", () => {
  it("merges pages into one draft, only moves the resume step forward, and keeps the first idempotency key", async () => {
    const p = await w.patient();
    const actor = patientActor(p);
    await saveIntakeDraft(actor, { step: 1, values: { consultationType: "dermatology" }, idempotencyKey: "key-one-12345" }, testRequest());
    await saveIntakeDraft(actor, { step: 2, values: { chiefComplaint: "Itchy rash", symptoms: ["rash"] }, idempotencyKey: "key-two-12345" }, testRequest());
    await saveIntakeDraft(actor, { step: 1, values: { consultationType: "family_medicine" } }, testRequest());
    const ctx = await getIntakeContext(actor, testRequest());
    expect(ctx).toMatchObject({ step: 2, hasDraft: true, idempotencyKey: "key-one-12345" });
    expect(ctx.values).toMatchObject({ consultationType: "family_medicine", chiefComplaint: "Itchy rash", symptoms: ["rash"] });
    const audits = await db.auditLog.findMany({ where: { resourceType: "intake_draft", resourceId: p.patient.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "UPDATE", "READ"]);
    expect(JSON.stringify(audits.map((a) => a.metadata))).not.toContain("Itchy");
  });

  it("prefills medicines and allergies from the record, in either stored shape, until the patient answers", async () => {
    const p = await w.patient({
      currentMedications: [{ name: "warfarin", doseMg: 5, frequencyPerDay: 1 }],
      allergies: [{ substance: "penicillin", reaction: "hives", type: "allergy" }],
    });
    const ctx = await getIntakeContext(patientActor(p), testRequest());
    expect(ctx.values).toMatchObject({
      takesMedicines: "yes", medications: [{ name: "warfarin", dose: "5 mg", frequency: "once a day" }],
      hasAllergies: "yes", allergies: [{ substance: "penicillin", reaction: "hives", type: "allergy" }],
    });
    expect(ctx.prefilled).toEqual({ medicines: true, allergies: true });
    await saveIntakeDraft(patientActor(p), { step: 5, values: { takesMedicines: "no", medications: [], hasAllergies: "yes", allergies: [{ substance: "penicillin", type: "allergy" }] } }, testRequest());
    const after = await getIntakeContext(patientActor(p), testRequest());
    expect(after.values.takesMedicines).toBe("no");
    expect(after.prefilled).toEqual({ medicines: false, allergies: false });
  });

  it("asks about pregnancy only for female patients aged 12-55, and speaks the patient's language", async () => {
    const now = new Date("2026-12-05T12:00:00Z");
    const cases: [object, boolean][] = [
      [{ sex: "female", dateOfBirth: "1990-01-01" }, true],
      [{ sex: "female", dateOfBirth: "1960-01-01" }, false],
      [{ sex: "female", dateOfBirth: "2016-01-01" }, false],
      [{ sex: "male", dateOfBirth: "1990-01-01" }, false],
    ];
    for (const [spec, ask] of cases) {
      const ctx = await getIntakeContext(patientActor(await w.patient(spec)), testRequest(), now);
      expect(ctx.askPregnancy, JSON.stringify(spec)).toBe(ask);
    }
    expect((await getIntakeContext(patientActor(await w.patient({ languagePreference: "es" })), testRequest())).locale).toBe("es");
  });
});

describe("submitIntakeDraft", () => {
  it("creates and triages the consultation with the uploaded files, deletes the draft, and replays on a double submit", async () => {
    const p = await w.patient({ sex: "female", dateOfBirth: "1990-01-01" });
    const actor = patientActor(p);
    const file = await createAttachment(actor, { bytes: tinyPdf() }, testRequest());
    await saveIntakeDraft(actor, { step: INTAKE_STEPS.length, values: complete, idempotencyKey: "draft-key-abcdef" }, testRequest());
    const ctx = await getIntakeContext(actor, testRequest());
    const intake = ZIntake.parse(toIntake(ctx.values, { askPregnancy: ctx.askPregnancy, attachmentIds: ctx.attachments.map((a) => a.id) }));
    const [a, b] = await Promise.all([
      submitIntakeDraft(actor, intake, testRequest(), ctx.idempotencyKey!),
      submitIntakeDraft(actor, intake, testRequest(), ctx.idempotencyKey!),
    ]);
    expect(a.id).toBe(b.id);
    expect(await db.consultation.count({ where: { patientId: p.patient.id } })).toBe(1);
    const c = await db.consultation.findUniqueOrThrow({ where: { id: a.id } });
    expect(c).toMatchObject({ status: "triaged", urgency: "routine", consentVersion: CONSENT_VERSION });
    expect((await db.attachment.findUniqueOrThrow({ where: { id: file.id } })).consultationId).toBe(a.id);
    expect(await db.intakeDraft.findUnique({ where: { patientId: p.patient.id } })).toBeNull();
  });

  it("escalates an emergency at once", async () => {
    const p = await w.patient();
    const intake = ZIntake.parse(
      toIntake({ ...complete, chiefComplaint: "Crushing chest pain spreading to my left arm", symptoms: ["chest pain"] }, { askPregnancy: false, attachmentIds: [] }),
    );
    const c = await submitIntakeDraft(patientActor(p), intake, testRequest(), "emergency-key-1");
    expect(c).toMatchObject({ status: "escalated", urgency: "urgent", requiresSynchronousVisit: true });
  });

  it("refuses consent given to an older wording", async () => {
    const p = await w.patient();
    const intake = ZIntake.parse(toIntake({ ...complete, consentVersion: "2020-01-v0" }, { askPregnancy: false, attachmentIds: [] }));
    const e = await submitIntakeDraft(patientActor(p), intake, testRequest(), "old-consent-key").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("GUARD_FAILED");
    expect(await db.consultation.count({ where: { patientId: p.patient.id } })).toBe(0);
  });
});
