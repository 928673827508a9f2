import { beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/auth/actor";
import { makeWorld, patientActor, staffActor, testRequest } from "../test/fixtures";
import { getConsultation } from "../consultations/get-consultation";
import { recordAuditLogStandalone } from "./record-audit-log";
import { findPatientAccessLog } from "./find-patient-access-log";

type World = Awaited<ReturnType<typeof makeWorld>>;
let alice: Awaited<ReturnType<World["patient"]>>;
let carmen: Awaited<ReturnType<World["patient"]>>;
let lee: UserActor;
let sup: UserActor;
let consultationId: string;

beforeAll(async () => {
  const w = await makeWorld();
  alice = await w.patient();
  carmen = await w.patient({ languagePreference: "es" });
  const leeStaff = await w.provider();
  await (await import("../db/prisma")).db.user.update({ where: { id: leeStaff.user.id }, data: { name: "Dr. Jordan Lee" } });
  lee = staffActor(leeStaff);
  sup = staffActor(await w.staff({ role: "supervisor", name: "Morgan Jones" }));
  const c = await w.consultation({ patient: alice.patient, patientUserId: alice.user.id, status: "assigned", providerId: leeStaff.provider!.id, intake: { chiefComplaint: "Sore throat and a mild fever for two days" } });
  consultationId = c.id;
  await getConsultation(patientActor(alice), c.id, testRequest("own")); // her own view: not listed
  await getConsultation(lee, c.id, testRequest("lee"));
  const bg = { ...testRequest("bg"), emergencyAccess: true, justification: "Called by the emergency department" };
  await recordAuditLogStandalone({ actor: sup, action: "BREAK_GLASS", resourceType: "consultation", resourceId: c.id, patientId: alice.patient.id, outcome: "allowed", request: bg });
  // The read that emergency access unlocked, in the same request: one access to the patient, shown once.
  await recordAuditLogStandalone({ actor: sup, action: "READ", resourceType: "consultation", resourceId: c.id, patientId: alice.patient.id, outcome: "allowed", request: bg });
  await recordAuditLogStandalone({ actor: sup, action: "READ", resourceType: "consultation", resourceId: c.id, patientId: alice.patient.id, outcome: "denied" });
  await recordAuditLogStandalone({ actor: lee, action: "READ", resourceType: "consultation", resourceId: "x", patientId: carmen.patient.id, outcome: "allowed" });
});

describe("findPatientAccessLog", () => {
  it("lists who accessed the patient's record, newest first, in plain words", async () => {
    const { items, locale } = await findPatientAccessLog(patientActor(alice), { limit: 25 }, testRequest());
    expect(locale).toBe("en");
    expect(items.map((i) => i.description)).toEqual([
      "Morgan Jones (supervisor) opened your consultation “Sore throat and a mild fever for two…” using emergency access",
      "Dr. Jordan Lee (provider) viewed your consultation “Sore throat and a mild fever for two…”",
    ]);
    expect(items[0]).toMatchObject({ emergencyAccess: true, justification: "Called by the emergency department", consultationId });
  });

  it("leaves out the patient's own activity, refused attempts and other patients' rows", async () => {
    const { items } = await findPatientAccessLog(patientActor(alice), { limit: 25 }, testRequest());
    expect(items.every((i) => i.actorRole !== "patient")).toBe(true);
    expect(items.some((i) => i.description.includes("x"))).toBe(false);
    expect(items).toHaveLength(2);
  });

  it("speaks the patient's language", async () => {
    const { items, locale } = await findPatientAccessLog(patientActor(carmen), { limit: 25 }, testRequest());
    expect(locale).toBe("es");
    expect(items[0]!.description).toBe("Dr. Jordan Lee (profesional médico) vio su consulta");
  });

  it("pages with a cursor", async () => {
    const first = await findPatientAccessLog(patientActor(alice), { limit: 1 }, testRequest());
    expect(first.items).toHaveLength(1);
    const second = await findPatientAccessLog(patientActor(alice), { limit: 1, cursor: first.nextCursor! }, testRequest());
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect(second.nextCursor).toBeNull();
  });

  it("is for patients only", async () => {
    await expect(findPatientAccessLog(lee, { limit: 25 }, testRequest())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
