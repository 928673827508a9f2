/**
 * The sign-in use-case behind the next-auth credentials provider: lockout,
 * password, TOTP, server-side session creation and the LOGIN audit rows.
 */
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { logger } from "../logger";
import { dummyHash, verifyPassword } from "./password";
import { verifySecondFactor } from "./mfa/verify-second-factor";
import { ABSOLUTE_LIFETIME_MS, LOCKOUT_MS, LOCKOUT_THRESHOLD } from "./session-policy";

export type SignInFailure = "invalid_credentials" | "locked" | "mfa_required" | "mfa_invalid";

export type SignInResult = { ok: true; userId: string; sessionId: string } | { ok: false; reason: SignInFailure; lockedUntil?: Date };

export interface Credentials {
  email: string;
  password: string;
  totp?: string;
}

export async function verifyCredentials(creds: Credentials, request: RequestContext, now = new Date()): Promise<SignInResult> {
  const email = creds.email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email } });
  const fail = async (reason: SignInFailure, userId: string | null, extra: Record<string, unknown> = {}) => {
    await recordAuditLogStandalone({
      actor: userId && user ? { kind: "user", userId, role: user.role, organizationId: user.organizationId } : null,
      action: "LOGIN_FAILED", resourceType: "session", resourceId: userId, outcome: "denied", request,
      metadata: { reason, ...extra },
    });
    return { ok: false as const, reason };
  };

  if (!user || user.disabled) {
    await verifyPassword(await dummyHash(), creds.password);
    return fail("invalid_credentials", null);
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    return { ...(await fail("locked", user.id)), lockedUntil: user.lockedUntil };
  }
  if (!(await verifyPassword(user.passwordHash, creds.password))) return registerFailure(user.id, now, fail);

  let mfaVerifiedAt: Date | null = null;
  if (user.mfaSecretEnc) {
    if (!creds.totp) return { ok: false, reason: "mfa_required" };
    const second = await verifySecondFactor(user, creds.totp, now);
    if (!second.ok) return registerFailure(user.id, now, fail, "mfa_invalid");
    mfaVerifiedAt = now;
  }

  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
    return tx.userSession.create({
      data: {
        userId: user.id, createdAt: now, lastActiveAt: now, expiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME_MS),
        mfaVerifiedAt, ipAddress: request.ipAddress ?? null, userAgent: request.userAgent?.slice(0, 300) ?? null,
      },
    });
  });
  await recordAuditLogStandalone({
    actor: { kind: "user", userId: user.id, role: user.role, organizationId: user.organizationId },
    action: "LOGIN", resourceType: "session", resourceId: session.id, outcome: "allowed",
    request: { ...request, sessionId: session.id }, metadata: { mfa: mfaVerifiedAt !== null },
  });
  return { ok: true, userId: user.id, sessionId: session.id };
}

/** Counts a failed attempt; the fifth in a row locks the account for 15 minutes. */
async function registerFailure(
  userId: string,
  now: Date,
  fail: (r: SignInFailure, id: string, extra?: Record<string, unknown>) => Promise<{ ok: false; reason: SignInFailure }>,
  reason: SignInFailure = "invalid_credentials",
): Promise<SignInResult> {
  const updated = await db.user.update({ where: { id: userId }, data: { failedLoginCount: { increment: 1 } } });
  if (updated.failedLoginCount >= LOCKOUT_THRESHOLD) {
    const lockedUntil = new Date(now.getTime() + LOCKOUT_MS);
    await db.user.update({ where: { id: userId }, data: { lockedUntil, failedLoginCount: 0 } });
    logger.warn({ userId, event: "account_locked" }, "account locked after repeated failed sign-ins");
    await fail(reason, userId, { attempts: updated.failedLoginCount });
    await recordAuditLogStandalone({
      actor: null, action: "LOCKOUT", resourceType: "user", resourceId: userId, outcome: "denied",
      metadata: { until: lockedUntil.toISOString() },
    });
    return { ok: false, reason: "locked", lockedUntil };
  }
  return fail(reason, userId, { attempts: updated.failedLoginCount });
}
