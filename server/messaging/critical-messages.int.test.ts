import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/prisma";
import { makeWorld, patientActor, staffActor, testRequest } from "../test/fixtures";
import { sendMessage } from "./send-message";
import { acknowledgeMessage } from "./acknowledge-message";
import { followUpCriticalMessages } from "./follow-up-critical-messages";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

describe("critical messages", () => {
  it("are re-sent once after 30 minutes, escalated once after 2 hours, and stop once acknowledged", async () => {
    const p = await w.patient();
    const doc = await w.provider();
    const sup = await w.staff({ role: "supervisor" });
    const c = await w.consultation({ patient: p.patient, patientUserId: p.user.id, status: "in_review", intake: { chiefComplaint: "Rash" }, providerId: doc.provider!.id, providerUserId: doc.user.id });
    const m = await sendMessage(staffActor(doc), c.id, { body: "Stop the new cream now and send a photo.", priority: "critical", readReceiptRequired: true, attachmentIds: [] }, testRequest());
    const t0 = m.createdAt.getTime();

    expect(await followUpCriticalMessages(new Date(t0 + 10 * 60_000))).toEqual({ resent: 0, escalated: 0 });
    expect((await followUpCriticalMessages(new Date(t0 + 31 * 60_000))).resent).toBe(1);
    expect((await followUpCriticalMessages(new Date(t0 + 45 * 60_000))).resent).toBe(0);
    expect(await db.notification.count({ where: { userId: p.user.id, kind: "critical_message", consultationId: c.id } })).toBe(1);

    await followUpCriticalMessages(new Date(t0 + 121 * 60_000));
    await followUpCriticalMessages(new Date(t0 + 180 * 60_000));
    const escalations = await db.notification.findMany({ where: { kind: "critical_message_unacknowledged", consultationId: c.id }, select: { userId: true } });
    expect(escalations.map((e) => e.userId).sort()).toEqual([sup.user.id, doc.user.id].sort());

    const other = await w.patient();
    await expect(acknowledgeMessage(patientActor(other), c.id, m.id, testRequest())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const ack = await acknowledgeMessage(patientActor(p), c.id, m.id, testRequest());
    expect(ack.acknowledgedAt).toBeTruthy();
    expect(await db.auditLog.count({ where: { resourceId: m.id, action: "UPDATE" } })).toBe(1);
    const before = await db.notification.count({ where: { consultationId: c.id } });
    await followUpCriticalMessages(new Date(t0 + 600 * 60_000));
    expect(await db.notification.count({ where: { consultationId: c.id } })).toBe(before);
  });
});
