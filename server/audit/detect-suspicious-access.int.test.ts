/**
 * The detector over a pinned future clock: this file's audit rows are written
 * "in 2099" (Date is faked, nothing else), so the window sees them and no
 * other file's rows — and other files' detectors never see these.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "../db/prisma";
import { makeWorld, patientActor, staffActor, testRequest } from "../test/fixtures";
import { recordAuditLogStandalone } from "./record-audit-log";
import { detectSuspiciousAccess } from "./detect-suspicious-access";
import { findAuditAlerts } from "./find-audit-alerts";
import { acknowledgeAuditAlert } from "./acknowledge-audit-alert";
import type { AuditAlertConfig } from "./audit-alert-config";

const T0 = new Date("2099-03-01T12:00:00.000Z");
const config: AuditAlertConfig = { windowMinutes: 15, maxPatients: 3, maxOutOfScope: 1, maxDenials: 4, breakGlassLookbackMinutes: 60 };

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let snoop: UserActor;
let prober: UserActor;
let careful: UserActor;
let sup1: UserActor;
let sup2: UserActor;

const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function recordAt(minutes: number, entry: Parameters<typeof recordAuditLogStandalone>[0]) {
  vi.setSystemTime(at(minutes));
  await recordAuditLogStandalone(entry);
}

beforeAll(async () => {
  w = await makeWorld();
  snoop = staffActor(await w.provider());
  prober = staffActor(await w.provider());
  careful = staffActor(await w.provider());
  sup1 = staffActor(await w.staff({ role: "supervisor" }));
  sup2 = staffActor(await w.staff({ role: "supervisor" }));
  const patients = await Promise.all(Array.from({ length: 5 }, () => w.patient()));
  vi.useFakeTimers({ toFake: ["Date"] });
  // (a) 5 distinct patients' records in 10 minutes (limit 3); list views do not count.
  for (const [i, p] of patients.entries()) {
    await recordAt(i * 2, { actor: snoop, action: "READ", resourceType: "consultation", resourceId: `c-${i}`, patientId: p.patient.id, outcome: "allowed", metadata: { relation: "organization" } });
  }
  // A provider working a queue sees many patients in list views: never flagged.
  for (const [i, p] of patients.entries()) {
    await recordAt(i, { actor: careful, action: "READ", resourceType: "consultation_list", patientId: p.patient.id, outcome: "allowed" });
  }
  // (b)+(c) 5 refused out-of-scope reads of different consultations.
  for (let i = 0; i < 5; i++) {
    await recordAt(3 + i, { actor: prober, action: "READ", resourceType: "consultation", resourceId: `other-${i}`, patientId: patients[i]!.patient.id, outcome: "denied", metadata: { action: "consultation:read", reason: "forbidden" } });
  }
  // (d) one break-the-glass read.
  await recordAt(9, {
    actor: careful, action: "BREAK_GLASS", resourceType: "consultation", resourceId: "c-bg", patientId: patients[0]!.patient.id, outcome: "allowed",
    request: { ...testRequest("bg"), emergencyAccess: true, justification: "Unresponsive patient, ED called" },
  });
  // Break-the-glass through a grant: supervisors were notified when it happened (server/auth/break-glass).
  await recordAt(9, {
    actor: careful, action: "BREAK_GLASS", resourceType: "consultation", resourceId: "c-bg2", patientId: patients[1]!.patient.id, outcome: "allowed",
    request: { ...testRequest("bg2"), emergencyAccess: true, justification: "Second emergency" }, metadata: { grantId: "grant-1" },
  });
  // A patient's own reads never count towards (a).
  for (const p of patients.slice(0, 1)) await recordAt(1, { actor: patientActor(p), action: "READ", resourceType: "consultation", patientId: p.patient.id, outcome: "allowed" });
});

afterAll(() => vi.useRealTimers());

const myAlerts = () => db.auditAlert.findMany({ where: { organizationId: w.org.id }, orderBy: { kind: "asc" } });

describe("detectSuspiciousAccess", () => {
  it("flags each pattern once, for the right person", async () => {
    const result = await detectSuspiciousAccess(at(10), config);
    expect(result.byKind).toEqual({ many_patients: 1, out_of_scope_access: 1, repeated_denials: 1, break_glass: 2 });
    const alerts = await myAlerts();
    const byKind = Object.fromEntries(alerts.map((a) => [a.kind, a]));
    expect(byKind.many_patients).toMatchObject({ actorId: snoop.userId, severity: "high", details: expect.objectContaining({ count: 5, threshold: 3, windowMinutes: 15 }) });
    expect(byKind.out_of_scope_access).toMatchObject({ actorId: prober.userId, details: expect.objectContaining({ count: 5 }) });
    expect(byKind.repeated_denials).toMatchObject({ actorId: prober.userId });
    const bg = alerts.find((a) => (a.details as { justification?: string }).justification === "Unresponsive patient, ED called");
    expect(bg).toMatchObject({ kind: "break_glass", actorId: careful.userId, severity: "medium" });
  });

  it("notifies every supervisor of the organisation and writes an audit.alert outbox event, per alert", async () => {
    const alerts = await myAlerts();
    const viaGrant = alerts.find((a) => (a.details as { consultationId?: string }).consultationId === "c-bg2")!;
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: `audit-alert:${viaGrant.id}:` } } })).toBe(0);
    for (const a of alerts.filter((x) => x !== viaGrant)) {
      const notes = await db.notification.findMany({ where: { dedupeKey: { startsWith: `audit-alert:${a.id}:` } } });
      expect(notes.map((n) => n.userId).sort()).toEqual([sup1.userId, sup2.userId].sort());
      expect(notes[0]).toMatchObject({ kind: "audit.alert", link: `/audit#alert-${a.id}` });
      // Notifications can be e-mailed: no free-text justification in them.
      expect(notes[0]!.body).not.toContain("Unresponsive");
      const events = await db.outboxEvent.findMany({ where: { type: "audit.alert", payload: { path: ["alertId"], equals: a.id } } });
      expect(events).toHaveLength(1);
      expect(events[0]!.payload).not.toHaveProperty("patientId");
    }
  });

  it("is idempotent: running again (same minute, next minute, next bucket) raises nothing new", async () => {
    for (const minute of [10, 11, 16]) expect((await detectSuspiciousAccess(at(minute), config)).created).toBe(0);
    expect(await myAlerts()).toHaveLength(5);
  });

  it("does not flag activity under the thresholds", async () => {
    expect((await myAlerts()).some((a) => a.actorId === careful.userId && a.kind !== "break_glass")).toBe(false);
  });
});

describe("alerts for supervisors", () => {
  it("lists open alerts with a readable summary and acknowledges them (idempotently, audited)", async () => {
    const open = await findAuditAlerts(sup1, { status: "open", limit: 50 });
    expect(open.items).toHaveLength(5);
    const many = open.items.find((i) => i.kind === "many_patients")!;
    expect(many.summary).toBe("Test provider opened 5 patients' records in 15 minutes (limit 3).");
    const ack = await acknowledgeAuditAlert(sup1, many.id, testRequest());
    expect(ack.acknowledgedById).toBe(sup1.userId);
    const again = await acknowledgeAuditAlert(sup2, many.id, testRequest());
    expect(again).toEqual(ack);
    expect((await findAuditAlerts(sup1, { status: "open", limit: 50 })).items).toHaveLength(4);
    const all = await findAuditAlerts(sup2, { status: "all", limit: 50 });
    expect(all.items.find((i) => i.id === many.id)).toMatchObject({ acknowledgedByName: "Test supervisor" });
    expect(await db.auditLog.count({ where: { action: "UPDATE", resourceType: "audit_alert", resourceId: many.id } })).toBe(1);
  });

  it("pages with a cursor", async () => {
    const first = await findAuditAlerts(sup1, { status: "all", limit: 3 });
    const second = await findAuditAlerts(sup1, { status: "all", limit: 3, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(5);
  });

  it("is for supervisors of the same organisation only", async () => {
    const alert = (await myAlerts())[0]!;
    await expect(findAuditAlerts(snoop, { status: "open", limit: 10 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(acknowledgeAuditAlert(snoop, alert.id, testRequest())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const otherSup = staffActor(await (await makeWorld()).staff({ role: "supervisor" }));
    await expect(acknowledgeAuditAlert(otherSup, alert.id, testRequest())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await findAuditAlerts(otherSup, { status: "all", limit: 10 })).items).toEqual([]);
  });
});
