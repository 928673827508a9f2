import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { makeWorld, staffActor, testRequest } from "../test/fixtures";
import type { PharmacySandbox } from "../pharmacy-sandbox/start-pharmacy-sandbox";
import { ACETAMINOPHEN, makePrescribingWorld, routeTo, startTestSandbox } from "./prescribing-test-world";
import { sendPrescriptionToPharmacy } from "./send-prescription-to-pharmacy";
import { findPharmacyWorkQueue } from "./find-pharmacy-work-queue";
import { resendPrescription } from "./resend-prescription";
import { recordPhonedInPrescription } from "./record-phoned-in-prescription";

type World = Awaited<ReturnType<typeof makePrescribingWorld>>;
let t: World;
let sandbox: PharmacySandbox;

beforeAll(async () => {
  t = await makePrescribingWorld();
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});

async function inManualQueue() {
  const prescriber = await t.w.provider();
  const c = await t.inReview(t.bob, prescriber);
  const r = await t.approve(c.id, [ACETAMINOPHEN], {}, staffActor(prescriber));
  const id = r.prescriptions[0]!.id as string;
  expect(await sendPrescriptionToPharmacy(id, { resolveGateway: routeTo(sandbox, { headers: { "x-sandbox-fail": "reject" } }) })).toBe("manual");
  return { c, id };
}

async function refusal(p: Promise<unknown>, code: string) {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

describe("pharmacist work queue", () => {
  it("lists manual-queue prescriptions with the minimum necessary patient fields, and audits each read", async () => {
    const { id } = await inManualQueue();
    const before = await db.auditLog.count({ where: { resourceId: id, action: "READ" } });
    const q = await findPharmacyWorkQueue(staffActor(t.pharmacist), testRequest());
    const item = q.manual.find((m) => m.id === id)!;
    expect(item).toMatchObject({
      status: "manual", medication: "acetaminophen 500 mg", quantity: 20,
      patient: { name: "Bob Tester", dateOfBirth: "1958-09-02", allergies: ["penicillin (hives and facial swelling)"] },
      pharmacy: { name: t.pharmacy.name }, reason: expect.stringContaining("REJECTED"),
    });
    expect(Object.keys(item.patient).sort()).toEqual(["allergies", "dateOfBirth", "name"]);
    expect(await db.auditLog.count({ where: { resourceId: id, action: "READ" } })).toBe(before + 1);
    await refusal(findPharmacyWorkQueue(staffActor(t.lee), testRequest()), "FORBIDDEN");
  });

  it("Resend puts it back to 'approved' with a fresh attempt budget; a second Resend is a conflict", async () => {
    const { id } = await inManualQueue();
    await resendPrescription(staffActor(t.pharmacist), id, testRequest());
    expect(await db.prescription.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "approved", attempts: 0, lastError: null, manualQueuedAt: null });
    await refusal(resendPrescription(staffActor(t.pharmacist), id, testRequest()), "CONFLICT");
    expect(await sendPrescriptionToPharmacy(id)).toBe("sent");
  });

  it("Record phoned in resolves it, moves the consultation to prescription_sent and tells the patient", async () => {
    const { c, id } = await inManualQueue();
    await recordPhonedInPrescription(staffActor(t.pharmacist), id, { outcome: "Phoned to Sam at the pharmacy counter", pharmacyReference: "RX-7781" }, testRequest());
    expect(await db.prescription.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "phoned_in", resolvedById: t.pharmacist.user.id, resolution: "Phoned to Sam at the pharmacy counter", pharmacyOrderId: "RX-7781" });
    expect(await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "prescription_sent", pharmacyOrderId: "RX-7781" });
    expect(await db.notification.count({ where: { consultationId: c.id, kind: "prescription.sent" } })).toBe(1);
    const q = await findPharmacyWorkQueue(staffActor(t.pharmacist), testRequest());
    expect(q.recent.find((r) => r.id === id)).toMatchObject({ status: "phoned_in", resolvedByName: t.pharmacist.user.name });
    await refusal(recordPhonedInPrescription(staffActor(t.pharmacist), id, { outcome: "again please" }, testRequest()), "CONFLICT");
  });

  it("hides other organisations' prescriptions (404) and refuses non-pharmacists (403)", async () => {
    const { id } = await inManualQueue();
    const other = await makeWorld();
    const foreign = await other.staff({ role: "pharmacist" });
    await refusal(resendPrescription(staffActor(foreign), id, testRequest()), "NOT_FOUND");
    await refusal(resendPrescription(staffActor(t.lee), id, testRequest()), "FORBIDDEN");
    expect((await findPharmacyWorkQueue(staffActor(foreign), testRequest())).manual.find((m) => m.id === id)).toBeUndefined();
  });
});
