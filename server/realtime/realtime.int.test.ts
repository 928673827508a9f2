import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connect, type Socket } from "socket.io-client";
import { encode } from "next-auth/jwt";
import { db } from "../db/prisma";
import { makeWorld, staffActor, testRequest } from "../test/fixtures";
import { createRealtimeServer, type RealtimeServer } from "./create-realtime-server";
import { transitionConsultation } from "../consultations/transition-consultation";
import type { ConsultationEventMessage } from "@/lib/schemas/realtime";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let a: RealtimeServer;
let b: RealtimeServer;
const sockets: Socket[] = [];

async function cookieFor(userId: string) {
  const s = await db.userSession.create({ data: { userId, expiresAt: new Date(Date.now() + 3_600_000) } });
  const token = await encode({ token: { sid: s.id, uid: userId }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
  return `authjs.session-token=${token}`;
}

function client(server: RealtimeServer, cookie?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(`http://127.0.0.1:${server.port}`, { transports: ["websocket"], extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true });
    sockets.push(s);
    s.once("connect", () => resolve(s));
    s.once("connect_error", (e) => reject(e));
  });
}

const subscribe = (s: Socket, body: object) => new Promise<{ ok: boolean; error?: string; replayed?: number }>((r) => s.emit("subscribe", body, r));

function collect(s: Socket) {
  const got: ConsultationEventMessage[] = [];
  s.on("consultation.event", (e: ConsultationEventMessage) => got.push(e));
  return got;
}

async function until(check: () => boolean, ms = 5000) {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  w = await makeWorld();
  a = await createRealtimeServer({ port: 0, allowedOrigins: ["http://localhost"] });
  b = await createRealtimeServer({ port: 0, allowedOrigins: ["http://localhost"] });
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await a?.close();
  await b?.close();
});

describe("realtime sidecar", () => {
  it("refuses connections without a valid session", async () => {
    await expect(client(a)).rejects.toThrow("UNAUTHENTICATED");
    await expect(client(a, "authjs.session-token=not-a-jwt")).rejects.toThrow("UNAUTHENTICATED");
  });

  it("authorises room joins through the policy: a patient cannot join another patient's consultation", async () => {
    const carmen = await w.patient({ languagePreference: "es" });
    const other = await w.patient();
    const c = await w.consultation({ patient: carmen.patient, patientUserId: carmen.user.id, status: "triaged", intake: { chiefComplaint: "Tos" } });
    const mine = await client(a, await cookieFor(carmen.user.id));
    const theirs = await client(a, await cookieFor(other.user.id));
    expect(await subscribe(mine, { consultationId: c.id })).toMatchObject({ ok: true });
    expect(await subscribe(theirs, { consultationId: c.id })).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await subscribe(theirs, { consultationId: "not-a-uuid" })).toEqual({ ok: false, error: "VALIDATION_FAILED" });
    const audits = await db.auditLog.findMany({ where: { action: "SUBSCRIBE", resourceId: c.id }, select: { outcome: true, actorId: true } });
    expect(audits).toEqual(expect.arrayContaining([{ outcome: "allowed", actorId: carmen.user.id }, { outcome: "denied", actorId: other.user.id }]));
  });

  it("delivers each committed transition once to clients on both sidecars, in the patient's language", async () => {
    const carmen = await w.patient({ languagePreference: "es" });
    const lee = await w.provider();
    const sup = await w.staff({ role: "supervisor" });
    const c = await w.consultation({ patient: carmen.patient, patientUserId: carmen.user.id, status: "triaged", intake: { chiefComplaint: "Tos" } });
    const onA = await client(a, await cookieFor(carmen.user.id));
    const onB = await client(b, await cookieFor(sup.user.id));
    const gotA = collect(onA);
    const gotB = collect(onB);
    await subscribe(onA, { consultationId: c.id });
    await subscribe(onB, { consultationId: c.id });
    await transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(lee), request: testRequest() });
    await until(() => gotA.length === 1 && gotB.length === 1);
    expect(gotA[0]).toMatchObject({ consultationId: c.id, type: "consultation.transitioned", status: "assigned", message: "Un profesional tiene su solicitud" });
    expect(gotB[0]).toMatchObject({ consultationId: c.id, status: "assigned", message: "A clinician has your request" });
    expect(gotA[0]!.eventId).toBe(gotB[0]!.eventId);
    expect(Date.parse(gotA[0]!.occurredAt)).not.toBeNaN();
    expect(await db.outboxEvent.count({ where: { consultationId: c.id, type: "consultation.transitioned" } })).toBe(1);
  });

  it("sends nothing for a rolled-back transition", async () => {
    const p = await w.patient();
    const lee = await w.provider();
    const c = await w.consultation({ patient: p.patient, patientUserId: p.user.id, status: "triaged", intake: { chiefComplaint: "Rash" } });
    const s = await client(a, await cookieFor(p.user.id));
    const got = collect(s);
    await subscribe(s, { consultationId: c.id });
    await expect(
      transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(lee), request: testRequest(), effects: async () => { throw new Error("boom"); } }),
    ).rejects.toThrow("boom");
    await new Promise((r) => setTimeout(r, 1500));
    expect(got).toEqual([]);
    expect(await db.outboxEvent.count({ where: { consultationId: c.id } })).toBe(0);
  });

  it("replays what a reconnecting client missed since lastEventId, in order, without gaps or duplicates", async () => {
    const p = await w.patient();
    const lee = await w.provider();
    const c = await w.consultation({ patient: p.patient, patientUserId: p.user.id, status: "triaged", intake: { chiefComplaint: "Earache" } });
    const first = await client(a, await cookieFor(p.user.id));
    const got = collect(first);
    await subscribe(first, { consultationId: c.id });
    await transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(lee), request: testRequest() });
    await until(() => got.length === 1);
    first.disconnect();
    await transitionConsultation({ consultationId: c.id, to: "in_review", actor: staffActor(lee), request: testRequest() });
    await transitionConsultation({ consultationId: c.id, to: "requires_info", actor: staffActor(lee), request: testRequest(), context: { message: "Which ear?" } });
    const again = await client(b, await cookieFor(p.user.id));
    const replayed = collect(again);
    expect(await subscribe(again, { consultationId: c.id, lastEventId: got[0]!.eventId })).toMatchObject({ ok: true, replayed: 2 });
    await until(() => replayed.length === 2);
    expect(replayed.map((e) => e.status)).toEqual(["in_review", "requires_info"]);
    expect(Number(replayed[0]!.eventId)).toBeGreaterThan(Number(got[0]!.eventId));
    await new Promise((r) => setTimeout(r, 1200));
    expect(replayed).toHaveLength(2);
  });
});
