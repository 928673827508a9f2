import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/prisma";
import { makeWorld, staffActor, testRequest } from "../test/fixtures";
import { transitionConsultation } from "../consultations/transition-consultation";
import { dispatchEmailNotifications } from "./dispatch-email-notifications";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

describe("notifications", () => {
  it("tells the patient about each status change once, in their language, with the expected response time and no PHI", async () => {
    const carmen = await w.patient({ languagePreference: "es" });
    const lee = await w.provider();
    const c = await w.consultation({ patient: carmen.patient, patientUserId: carmen.user.id, status: "triaged", intake: { chiefComplaint: "Tos con flema verde" } });
    await transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(lee), request: testRequest() });
    const n = await db.notification.findMany({ where: { userId: carmen.user.id, consultationId: c.id } });
    expect(n).toHaveLength(1);
    expect(n[0]!.title).toBe(`Novedades de su consulta ${c.reference}`);
    expect(n[0]!.body).toContain("Un profesional tiene su solicitud");
    expect(n[0]!.body).toContain("Esperamos que un profesional responda antes de las");
    expect(JSON.stringify(n)).not.toContain("flema");
  });

  it("notifies supervisors of an escalation", async () => {
    const p = await w.patient();
    const sup = await w.staff({ role: "supervisor" });
    const c = await w.consultation({ patient: p.patient, patientUserId: p.user.id, status: "triaged", intake: { chiefComplaint: "Cough" } });
    await transitionConsultation({ consultationId: c.id, to: "escalated", actor: staffActor(sup), request: testRequest(), context: { reason: "Worsening breathing" } });
    expect(await db.notification.count({ where: { userId: sup.user.id, kind: "escalation", consultationId: c.id } })).toBe(1);
  });

  it("e-mails each notification once even when the job runs concurrently or retries; honours the patient's choice", async () => {
    const wantsEmail = await w.patient();
    const appOnly = await w.patient();
    await db.patient.update({ where: { id: appOnly.patient.id }, data: { notificationChannels: ["in_app"] } });
    const rows = await Promise.all(
      [wantsEmail, appOnly].map((p) => db.notification.create({ data: { userId: p.user.id, kind: "status_update", title: "Update", body: "Secret clinical detail", link: "/consultations", dedupeKey: `t:${crypto.randomUUID()}` } })),
    );
    await Promise.all([dispatchEmailNotifications(), dispatchEmailNotifications(), dispatchEmailNotifications()]);
    await dispatchEmailNotifications();
    const mails = await db.emailMessage.findMany({ where: { notificationId: { in: rows.map((r) => r.id) } } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ notificationId: rows[0]!.id, to: wantsEmail.user.email, subject: "You have an update from Async Visits", transport: "capture" });
    expect(mails[0]!.text).not.toContain("Secret clinical detail");
    expect((await db.notification.findUniqueOrThrow({ where: { id: rows[1]!.id } })).emailedAt).not.toBeNull();
  });
});
