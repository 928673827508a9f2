import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/prisma";
import { staffActor } from "../test/fixtures";
import type { PharmacySandbox } from "../pharmacy-sandbox/start-pharmacy-sandbox";
import type { PharmacyGateway } from "../integrations/pharmacy/pharmacy-gateway";
import { ACETAMINOPHEN, makePrescribingWorld, routeTo, startTestSandbox } from "./prescribing-test-world";
import { PharmacyRetryableError, sendPrescriptionToPharmacy } from "./send-prescription-to-pharmacy";
import { dispatchPendingPrescriptions } from "./dispatch-pending-prescriptions";
import { markPrescriptionSent } from "./mark-prescription-sent";

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

/** A consultation in prescription_pending with one approved prescription (a new prescriber each time: 10 approvals/hour each). */
async function approved(items = [ACETAMINOPHEN]) {
  const prescriber = await t.w.provider();
  const c = await t.inReview(t.ann, prescriber);
  const r = await t.approve(c.id, items, {}, staffActor(prescriber));
  const rx = await db.prescription.findUniqueOrThrow({ where: { id: r.prescriptions[0]!.id as string } });
  return { c, rx };
}

const notifications = (consultationId: string, kind: string) => db.notification.findMany({ where: { consultationId, kind } });

describe("pharmacy-send: success and retries", () => {
  it("sends the NewRx, marks it sent with the order id, moves the consultation to prescription_sent and notifies the patient once", async () => {
    const { c, rx } = await approved();
    expect(await sendPrescriptionToPharmacy(rx.id)).toBe("sent");
    const after = await db.prescription.findUniqueOrThrow({ where: { id: rx.id } });
    expect(after).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(after.pharmacyOrderId).toMatch(/^SBX-[0-9A-F]{10}$/);
    expect(await sandbox.store.ordersFor(rx.idempotencyKey)).toEqual([{ orderId: after.pharmacyOrderId, duplicateRequests: 0 }]);
    expect(await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "prescription_sent", pharmacyOrderId: after.pharmacyOrderId });
    const sent = await notifications(c.id, "prescription.sent");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ userId: t.ann.user.id, dedupeKey: `rx-sent:${c.id}` });
    // A late duplicate job is a no-op.
    expect(await sendPrescriptionToPharmacy(rx.id)).toBe("skipped");
    expect(await sandbox.store.ordersFor(rx.idempotencyKey)).toHaveLength(1);
    expect(await notifications(c.id, "prescription.sent")).toHaveLength(1);
  });

  it("retries a transient failure (503) with the same idempotency key, then succeeds", async () => {
    const { c, rx } = await approved();
    const flaky = routeTo(sandbox, { headers: { "x-sandbox-fail": "1" } });
    const first = await sendPrescriptionToPharmacy(rx.id, { resolveGateway: flaky }).then(() => null, (e: unknown) => e);
    expect(first).toBeInstanceOf(PharmacyRetryableError);
    expect(await db.prescription.findUniqueOrThrow({ where: { id: rx.id } })).toMatchObject({ status: "sending", attempts: 1, lastError: expect.stringContaining("UNAVAILABLE") });
    expect(await sandbox.store.ordersFor(rx.idempotencyKey)).toHaveLength(0);
    expect(await sendPrescriptionToPharmacy(rx.id, { resolveGateway: flaky })).toBe("sent");
    expect(await db.prescription.findUniqueOrThrow({ where: { id: rx.id } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(await sandbox.store.ordersFor(rx.idempotencyKey)).toHaveLength(1);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("prescription_sent");
  });

  it("after every attempt fails, queues it for the pharmacist and tells the patient of the delay with an estimated time", async () => {
    const { c, rx } = await approved();
    const down = routeTo(sandbox, { headers: { "x-sandbox-fail": "always" } });
    for (let i = 1; i <= 2; i++) await expect(sendPrescriptionToPharmacy(rx.id, { resolveGateway: down })).rejects.toBeInstanceOf(PharmacyRetryableError);
    expect(await sendPrescriptionToPharmacy(rx.id, { resolveGateway: down })).toBe("manual");
    const after = await db.prescription.findUniqueOrThrow({ where: { id: rx.id } });
    expect(after).toMatchObject({ status: "manual", attempts: 3, lastError: expect.stringContaining("UNAVAILABLE") });
    expect(after.manualQueuedAt).toBeInstanceOf(Date);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("prescription_pending");
    const delay = await notifications(c.id, "prescription.delayed");
    expect(delay).toHaveLength(1);
    expect(delay[0]).toMatchObject({ userId: t.ann.user.id, title: "Your prescription is taking a little longer" });
    expect(delay[0]!.body).toMatch(/expect it to be done (today by|by \w+day) \d{1,2}:\d{2}/);
    const msg = await db.consultationMessage.findFirstOrThrow({ where: { consultationId: c.id, automated: true } });
    expect(msg).toMatchObject({ senderRole: "system", body: delay[0]!.body });
    expect(await db.notification.count({ where: { consultationId: c.id, kind: "prescription.manual", userId: t.pharmacist.user.id } })).toBe(1);
    expect(await sandbox.store.ordersFor(rx.idempotencyKey)).toHaveLength(0);
    // The job's own retry arriving late changes nothing.
    expect(await sendPrescriptionToPharmacy(rx.id, { resolveGateway: down })).toBe("skipped");
  });

  it("sends a permanent rejection (422) to the manual queue at once, without retrying", async () => {
    const { rx } = await approved();
    expect(await sendPrescriptionToPharmacy(rx.id, { resolveGateway: routeTo(sandbox, { headers: { "x-sandbox-fail": "reject" } }) })).toBe("manual");
    expect(await db.prescription.findUniqueOrThrow({ where: { id: rx.id } })).toMatchObject({ status: "manual", attempts: 1, lastError: expect.stringContaining("REJECTED") });
  });
});

describe("pharmacy-send: exactly once", () => {
  it("two concurrent runs for one prescription place one order", async () => {
    const { rx } = await approved();
    const slow = routeTo(sandbox, {
      wrap: (g): PharmacyGateway => ({ ...g, key: g.key, capabilities: g.capabilities, sendNewRx: async (m, o) => (await new Promise((r) => setTimeout(r, 300)), g.sendNewRx(m, o)) }),
    });
    const outcomes = await Promise.all([sendPrescriptionToPharmacy(rx.id, { resolveGateway: slow }), sendPrescriptionToPharmacy(rx.id, { resolveGateway: slow })]);
    expect(outcomes.sort()).toEqual(["busy", "sent"]);
    expect(await sandbox.store.ordersFor(rx.idempotencyKey)).toHaveLength(1);
    expect((await db.prescription.findUniqueOrThrow({ where: { id: rx.id } })).attempts).toBe(1);
  });

  it("a worker that dies after the pharmacy accepted the order but before recording it: the rerun records the same order, exactly once", async () => {
    const { c, rx } = await approved();
    let placed: string | undefined;
    const crashing = routeTo(sandbox, {
      wrap: (g): PharmacyGateway => ({
        key: g.key, capabilities: g.capabilities,
        async sendNewRx(m, o) {
          const r = await g.sendNewRx(m, o);
          if (r.ok) placed = r.orderId;
          throw new Error("simulated crash: the worker process died");
        },
      }),
    });
    await expect(sendPrescriptionToPharmacy(rx.id, { resolveGateway: crashing })).rejects.toThrow("simulated crash");
    expect(placed).toMatch(/^SBX-/);
    // The claim was committed before the call: the row is visibly "sending", not lost.
    expect(await db.prescription.findUniqueOrThrow({ where: { id: rx.id } })).toMatchObject({ status: "sending", attempts: 1, pharmacyOrderId: null });
    // pg-boss (or the dispatcher's stuck sweep) runs the job again.
    expect(await sendPrescriptionToPharmacy(rx.id)).toBe("sent");
    expect(await db.prescription.findUniqueOrThrow({ where: { id: rx.id } })).toMatchObject({ status: "sent", attempts: 2, pharmacyOrderId: placed });
    expect(await sandbox.store.ordersFor(rx.idempotencyKey)).toEqual([{ orderId: placed, duplicateRequests: 1 }]);
    expect(await db.consultationStateHistory.count({ where: { consultationId: c.id, toStatus: "prescription_sent" } })).toBe(1);
    expect(await notifications(c.id, "prescription.sent")).toHaveLength(1);
  });
});

describe("pharmacy-send: configuration decides what may be sent", () => {
  it("refuses a gateway without a BAA: nothing is sent, the prescription goes to the manual queue with the reason", async () => {
    await db.externalService.upsert({ where: { key: "pharmacy:nobaa" }, create: { key: "pharmacy:nobaa", kind: "pharmacy", name: "Uncovered Rx Network", baaCovered: false }, update: { baaCovered: false } });
    const { rx } = await approved();
    const pharmacy = await db.pharmacy.create({ data: { name: "Uncovered Pharmacy", ncpdpId: `U${Date.now().toString().slice(-6)}`, address: "2 Test St", phone: "(555) 555-0101", gatewayKey: "nobaa" } });
    await db.prescription.update({ where: { id: rx.id }, data: { pharmacyId: pharmacy.id } });
    expect(await sendPrescriptionToPharmacy(rx.id)).toBe("manual");
    expect(await db.prescription.findUniqueOrThrow({ where: { id: rx.id } })).toMatchObject({ status: "manual", attempts: 0, lastError: expect.stringContaining("NO_BAA") });
    expect(await sandbox.store.ordersFor(rx.idempotencyKey)).toHaveLength(0);
  });

  it("routes a controlled substance to the pharmacist: the sandbox gateway is not EPCS-certified", async () => {
    const { rx } = await approved([{ name: "oxycodone", doseMg: 5, doseText: "5 mg", frequencyPerDay: 4, frequencyText: "every 6 hours as needed", durationDays: 3, quantity: 12, refills: 0 }]);
    expect(await sendPrescriptionToPharmacy(rx.id)).toBe("manual");
    expect((await db.prescription.findUniqueOrThrow({ where: { id: rx.id } })).lastError).toContain("EPCS_NOT_SUPPORTED");
    expect(await sandbox.store.ordersFor(rx.idempotencyKey)).toHaveLength(0);
  });
});

describe("dispatcher: nothing is lost between commit and enqueue", () => {
  it("enqueues approved prescriptions, rescues stuck 'sending' ones and advances stranded consultations", async () => {
    const a = await approved();
    const stuck = await approved();
    await db.prescription.update({ where: { id: stuck.rx.id }, data: { status: "sending", attempts: 1 } });
    await db.$executeRaw`UPDATE "Prescription" SET "updatedAt" = now() - interval '2 hours' WHERE id = ${stuck.rx.id}`;
    const stranded = await approved();
    await markPrescriptionSent({ id: stranded.rx.id, consultationId: stranded.c.id, patientId: t.ann.patient.id }, "SBX-STRANDED1", new Date());
    const enqueued: string[] = [];
    const r = await dispatchPendingPrescriptions(async (id) => (enqueued.push(id), true));
    expect(enqueued).toEqual(expect.arrayContaining([a.rx.id, stuck.rx.id]));
    expect(enqueued).not.toContain(stranded.rx.id);
    expect(r.advanced).toBeGreaterThanOrEqual(1);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: stranded.c.id } })).status).toBe("prescription_sent");
    // Sent jobs then finish the work.
    expect(await sendPrescriptionToPharmacy(a.rx.id)).toBe("sent");
    expect(await sendPrescriptionToPharmacy(stuck.rx.id)).toBe("sent");
  });
});

describe("sandbox pharmacy", () => {
  it("is idempotent on the key even for concurrent requests, refuses a reused key with another body, and keeps orders across restarts", async () => {
    const { rx } = await approved();
    const route = await routeTo(sandbox)();
    if (!route.ok) throw new Error("no route");
    const facts = await (await import("./load-send-facts")).loadSendFacts(rx.id);
    const { buildNewRxMessage } = await import("@/lib/prescriptions/build-new-rx-message");
    const p = facts!.rx.consultation.patient;
    const msg = buildNewRxMessage({
      prescription: { ...facts!.rx, deaSchedule: null }, patient: { ...p, name: p.user.name }, prescriber: { name: "Dr Test", licenseNumber: "LIC-1", credential: "MD" },
      pharmacy: { ncpdpId: t.pharmacy.ncpdpId, name: t.pharmacy.name }, sender: "test", now: new Date(),
    });
    const results = await Promise.all([1, 2, 3].map(() => route.gateway.sendNewRx(msg, { idempotencyKey: rx.idempotencyKey })));
    const ids = new Set(results.map((r) => (r.ok ? r.orderId : r.code)));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    const changed = structuredClone(msg);
    changed.Message.Body.NewRx.MedicationPrescribed.Quantity.Value = 99;
    expect(await route.gateway.sendNewRx(changed, { idempotencyKey: rx.idempotencyKey })).toMatchObject({ ok: false, retryable: false, code: "IDEMPOTENCY_KEY_REUSED" });
    await sandbox.close();
    sandbox = await startTestSandbox();
    const restarted = await routeTo(sandbox)();
    if (!restarted.ok) throw new Error("no route");
    const again = await restarted.gateway.sendNewRx(msg, { idempotencyKey: rx.idempotencyKey });
    expect(again).toMatchObject({ ok: true, duplicate: true, orderId: [...ids][0] });
    const bad = await fetch(`${sandbox.url}/v1/newrx`, { method: "POST", headers: { "content-type": "application/json", "idempotency-key": "key-12345678" }, body: JSON.stringify({ hello: "world" }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "INVALID_MESSAGE" });
  });
});
