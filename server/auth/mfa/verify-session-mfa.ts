/**
 * Step-up verification for the current session (e.g. before approving a
 * prescription): a valid TOTP or recovery code stamps the session's
 * mfaVerifiedAt. Failures count towards the account lockout.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { db } from "../../db/prisma";
import { recordAuditLogStandalone } from "../../audit/record-audit-log";
import type { RequestContext } from "../../http/request-context";
import { verifySecondFactor } from "./verify-second-factor";
import { LOCKOUT_MS, LOCKOUT_THRESHOLD } from "../session-policy";

export async function verifySessionMfa(actor: UserActor, code: string, request: RequestContext, now = new Date()): Promise<{ mfaVerifiedAt: Date }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!user.mfaSecretEnc) throw new AppError("MFA_REQUIRED", "Set up two-factor authentication first.", { setupUrl: "/account/security" });
  const result = await verifySecondFactor(user, code, now);
  await recordAuditLogStandalone({
    actor, action: "MFA", resourceType: "session", resourceId: actor.sessionId ?? null, outcome: result.ok ? "allowed" : "denied", request,
    metadata: { event: "step_up", method: result.ok ? result.method : undefined },
  });
  if (!result.ok) {
    const updated = await db.user.update({ where: { id: user.id }, data: { failedLoginCount: { increment: 1 } } });
    if (updated.failedLoginCount >= LOCKOUT_THRESHOLD) {
      await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(now.getTime() + LOCKOUT_MS), failedLoginCount: 0 } });
      if (actor.sessionId) await db.userSession.update({ where: { id: actor.sessionId }, data: { revokedAt: now } });
    }
    throw new AppError("VALIDATION_FAILED", "That code is not right. Enter the current 6-digit code.", { fieldErrors: { code: ["Enter the current 6-digit code"] } });
  }
  await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0 } });
  if (actor.sessionId) await db.userSession.update({ where: { id: actor.sessionId }, data: { mfaVerifiedAt: now } });
  return { mfaVerifiedAt: now };
}
