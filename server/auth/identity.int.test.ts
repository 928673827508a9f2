import { beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../db/generated/prisma/client";
import { db } from "../db/prisma";
import { AppError } from "@/lib/errors";
import { makeWorld, staffActor, testRequest } from "../test/fixtures";
import { verifyCredentials } from "./verify-credentials";
import { resolveSessionById } from "./resolve-session";
import { assertFreshMfa } from "./assert-fresh-mfa";
import { verifySessionMfa } from "./mfa/verify-session-mfa";
import { totpAt } from "./totp";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { getConsultation } from "../consultations/get-consultation";
import { registerPatient } from "./register-patient";
import { ZRegisterInput } from "@/lib/schemas/account";
import { digestRecoveryCode } from "./mfa/recovery-codes";

const SECRET = "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD";
const PASSWORD = "DemoVisits!2026";
type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

async function codeOf(p: Promise<unknown>) {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("sign-in: lockout and MFA", () => {
  it("locks the account for 15 minutes after 5 failed attempts, then lets the right password in", async () => {
    const p = await w.patient();
    const t0 = new Date();
    for (let i = 0; i < 4; i++) expect(await verifyCredentials({ email: p.user.email, password: "wrong-password!" }, testRequest(), t0)).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(await verifyCredentials({ email: p.user.email, password: "wrong-password!" }, testRequest(), t0)).toMatchObject({ ok: false, reason: "locked" });
    expect(await verifyCredentials({ email: p.user.email, password: PASSWORD }, testRequest(), new Date(t0.getTime() + 60_000))).toMatchObject({ ok: false, reason: "locked" });
    expect(await verifyCredentials({ email: p.user.email, password: PASSWORD }, testRequest(), new Date(t0.getTime() + 16 * 60_000))).toMatchObject({ ok: true });
    const audit = await db.auditLog.findMany({ where: { OR: [{ resourceId: p.user.id }, { actorId: p.user.id }], action: { in: ["LOGIN_FAILED", "LOCKOUT", "LOGIN"] } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOCKOUT", "LOGIN_FAILED", "LOGIN"]);
  });

  it("answers an unknown email like a wrong password", async () => {
    expect(await verifyCredentials({ email: "nobody@example.test", password: PASSWORD }, testRequest())).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("requires the TOTP code for staff with MFA, and accepts a recovery code once", async () => {
    const doc = await w.staff({ role: "provider", totpSecret: SECRET });
    await db.user.update({ where: { id: doc.user.id }, data: { mfaRecoveryHashes: [digestRecoveryCode("abcde-fghjk")] } });
    expect(await verifyCredentials({ email: doc.user.email, password: PASSWORD }, testRequest())).toEqual({ ok: false, reason: "mfa_required" });
    expect(await verifyCredentials({ email: doc.user.email, password: PASSWORD, totp: "000000" }, testRequest())).toMatchObject({ ok: false, reason: "mfa_invalid" });
    const ok = await verifyCredentials({ email: doc.user.email, password: PASSWORD, totp: totpAt(SECRET, Date.now()) }, testRequest());
    expect(ok).toMatchObject({ ok: true });
    const session = await db.userSession.findUniqueOrThrow({ where: { id: (ok as { sessionId: string }).sessionId } });
    expect(session.mfaVerifiedAt).not.toBeNull();
    expect(await verifyCredentials({ email: doc.user.email, password: PASSWORD, totp: "ABCDE-FGHJK" }, testRequest())).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: doc.user.email, password: PASSWORD, totp: "abcde-fghjk" }, testRequest())).toMatchObject({ ok: false, reason: "mfa_invalid" });
  });
});

describe("sessions: idle timeout, absolute lifetime, fresh MFA", () => {
  async function sessionFor(email: string, totp?: string) {
    const r = await verifyCredentials({ email, password: PASSWORD, totp }, testRequest());
    if (!r.ok) throw new Error(r.reason);
    return r.sessionId;
  }

  it("ends a session after 30 minutes without activity, on the server", async () => {
    const p = await w.patient();
    const sid = await sessionFor(p.user.email);
    const s = await db.userSession.findUniqueOrThrow({ where: { id: sid } });
    expect((await resolveSessionById(sid, { touch: true, now: new Date(s.lastActiveAt.getTime() + 29 * 60_000) })).actor).not.toBeNull();
    const later = await db.userSession.findUniqueOrThrow({ where: { id: sid } });
    expect(await resolveSessionById(sid, { touch: false, now: new Date(later.lastActiveAt.getTime() + 31 * 60_000) })).toEqual({ actor: null, problem: "idle_timeout" });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sid } })).revokedAt).not.toBeNull();
    expect((await resolveSessionById(sid, { touch: true })).problem).toBe("revoked");
  });

  it("background refreshes do not extend the session", async () => {
    const p = await w.patient();
    const sid = await sessionFor(p.user.email);
    const s = await db.userSession.findUniqueOrThrow({ where: { id: sid } });
    await resolveSessionById(sid, { touch: false, now: new Date(s.lastActiveAt.getTime() + 20 * 60_000) });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastActiveAt).toEqual(s.lastActiveAt);
  });

  it("expires at the absolute lifetime even when active", async () => {
    const p = await w.patient();
    const sid = await sessionFor(p.user.email);
    const s = await db.userSession.findUniqueOrThrow({ where: { id: sid } });
    await db.userSession.update({ where: { id: sid }, data: { lastActiveAt: new Date(s.expiresAt.getTime() - 60_000) } });
    expect((await resolveSessionById(sid, { touch: true, now: new Date(s.expiresAt.getTime() + 1000) })).problem).toBe("expired");
  });

  it("requires an MFA verification within 15 minutes for prescribing, renewed by step-up", async () => {
    const doc = await w.staff({ role: "provider", totpSecret: SECRET });
    const sid = await sessionFor(doc.user.email, totpAt(SECRET, Date.now()));
    const { actor } = await resolveSessionById(sid, { touch: true });
    expect(() => assertFreshMfa(actor!)).not.toThrow();
    const stale = { ...actor!, mfaVerifiedAt: new Date(Date.now() - 16 * 60_000) };
    expect(() => assertFreshMfa(stale)).toThrowError(expect.objectContaining({ code: "MFA_REQUIRED" }));
    const e = await codeOf(verifySessionMfa(stale, "123456", testRequest()));
    expect(e.code).toBe("VALIDATION_FAILED");
    await verifySessionMfa(stale, totpAt(SECRET, Date.now()), testRequest());
    const { actor: fresh } = await resolveSessionById(sid, { touch: true });
    expect(() => assertFreshMfa(fresh!)).not.toThrow();
    const noMfa = await w.provider();
    expect(() => assertFreshMfa({ ...staffActor(noMfa), mfaEnabled: false })).toThrowError(expect.objectContaining({ code: "MFA_REQUIRED" }));
  });
});

describe("rate limits in PostgreSQL", () => {
  it("allows the budget, then answers 429 with Retry-After", async () => {
    const rule = { name: `t-${crypto.randomUUID()}`, limit: 3, windowSeconds: 60 };
    const now = new Date("2026-12-04T10:00:10Z");
    for (let i = 1; i <= 3; i++) expect((await consumeRateLimit(rule, "1.2.3.4", now)).count).toBe(i);
    const e = await codeOf(consumeRateLimit(rule, "1.2.3.4", now));
    expect(e.code).toBe("RATE_LIMITED");
    expect(e.status).toBe(429);
    expect(e.details).toMatchObject({ retryAfterSeconds: 50, limit: 3 });
    expect((await consumeRateLimit(rule, "5.6.7.8", now)).count).toBe(1);
    expect((await consumeRateLimit(rule, "1.2.3.4", new Date("2026-12-04T10:01:00Z"))).count).toBe(1);
  });

  it("is shared by two app instances (separate connection pools) and exact under concurrency", async () => {
    const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
    try {
      const rule = { name: `t-${crypto.randomUUID()}`, limit: 10, windowSeconds: 900 };
      const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => consumeRateLimit(rule, "user-1", new Date(), i % 2 ? db : other)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
      expect(results.filter((r) => r.status === "rejected")).toHaveLength(20);
    } finally {
      await other.$disconnect();
    }
  });
});

describe("patient sign-up and password rules", () => {
  const base = { name: "Nora Quinn", dateOfBirth: "1990-02-03", sex: "female", stateOfResidence: "NY", preferredLanguage: "en" };

  it("refuses weak passwords with one message per failed rule", () => {
    const short = ZRegisterInput.safeParse({ ...base, email: "nora.quinn@example.test", password: "noraquinn1" });
    expect(short.success).toBe(false);
    expect(short.error!.issues.filter((i) => i.path[0] === "password").map((i) => i.message)).toEqual(["Use at least 12 characters (you have 10).", "Do not include your name in your password."]);
    const personal = ZRegisterInput.safeParse({ ...base, email: "noraq@example.test", password: "noraq-quinn-garden" });
    expect(personal.error!.issues.filter((i) => i.path[0] === "password").map((i) => i.message)).toEqual([
      "Do not include your email address in your password.",
      "Do not include your name in your password.",
    ]);
  });

  it("creates a patient account and refuses a duplicate email", async () => {
    const input = ZRegisterInput.parse({ ...base, email: `nora-${crypto.randomUUID().slice(0, 6)}@example.test`, password: "tangerine-harbor-lamp" });
    const user = await registerPatient(input, testRequest());
    expect(user.role).toBe("patient");
    expect(user.patient).toMatchObject({ stateOfResidence: "NY", sex: "female" });
    expect(await verifyCredentials({ email: input.email, password: "tangerine-harbor-lamp" }, testRequest())).toMatchObject({ ok: true });
    expect((await codeOf(registerPatient(input, testRequest()))).code).toBe("CONFLICT");
  });
});

describe("break-the-glass", () => {
  it("lets an uninvolved provider in only with a stated reason, time-boxed, audited and notified", async () => {
    const patient = await w.patient();
    const outsider = await w.provider({ specialties: ["dermatology"] });
    const sup = await w.staff({ role: "supervisor" });
    const c = await w.consultation({ patient: patient.patient, patientUserId: patient.user.id, status: "completed", intake: { chiefComplaint: "Sore throat" }, providerId: (await w.provider()).provider!.id });
    const actor = staffActor(outsider);
    expect((await codeOf(getConsultation(actor, c.id, testRequest()))).code).toBe("FORBIDDEN");
    expect((await codeOf(getConsultation(actor, c.id, { ...testRequest(), emergencyAccess: true, justification: "short" }))).code).toBe("VALIDATION_FAILED");
    const body = await getConsultation(actor, c.id, { ...testRequest(), emergencyAccess: true, justification: "Patient in ED, unconscious; need medication history" });
    expect(body).toHaveProperty("patient.name");
    const grant = await db.breakGlassGrant.findFirstOrThrow({ where: { userId: outsider.user.id, consultationId: c.id } });
    expect(grant.expiresAt.getTime() - grant.createdAt.getTime()).toBe(60 * 60_000);
    expect(await db.notification.count({ where: { userId: sup.user.id, kind: "break_glass", consultationId: c.id } })).toBe(1);
    const bg = await db.auditLog.findFirstOrThrow({ where: { action: "BREAK_GLASS", resourceId: c.id } });
    expect(bg).toMatchObject({ actorId: outsider.user.id, emergencyAccess: true, justification: "Patient in ED, unconscious; need medication history", patientId: patient.patient.id });
    await getConsultation(actor, c.id, testRequest());
    const read = await db.auditLog.findFirstOrThrow({ where: { action: "READ", resourceId: c.id, actorId: outsider.user.id }, orderBy: { id: "desc" } });
    expect(read.emergencyAccess).toBe(true);
    await db.breakGlassGrant.update({ where: { id: grant.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await codeOf(getConsultation(actor, c.id, testRequest()))).code).toBe("FORBIDDEN");
  });
});
