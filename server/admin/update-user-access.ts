/**
 * Account administration: unlock, disable/enable, reset MFA. Disabling or
 * resetting MFA ends the user's sessions. Admins never see clinical content.
 */
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";

export type UserAccessChange = "unlock" | "disable" | "enable" | "reset_mfa";

export async function updateUserAccess(actor: UserActor, userId: string, change: UserAccessChange, request: RequestContext) {
  if (!can(actor, "users:manage")) throw new AppError("FORBIDDEN", "Only administrators can manage accounts.");
  if (userId === actor.userId && change !== "unlock") throw new AppError("GUARD_FAILED", "You cannot change your own account's access.");
  const target = await db.user.findUnique({ where: { id: userId } });
  if (!target || target.organizationId !== actor.organizationId) throw new AppError("NOT_FOUND", "User not found.");
  const now = new Date();
  const data = {
    unlock: { lockedUntil: null, failedLoginCount: 0 },
    disable: { disabled: true },
    enable: { disabled: false },
    reset_mfa: { mfaSecretEnc: null, mfaEnabledAt: null, mfaRecoveryHashes: [] },
  }[change];
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data });
    if (change === "disable" || change === "reset_mfa") await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditLog(tx, { actor, action: "UPDATE", resourceType: "user", resourceId: userId, outcome: "allowed", request, diff: { access: { to: change } } });
  });
}

export async function findOrganizationUsers(actor: UserActor) {
  if (!can(actor, "users:manage")) throw new AppError("FORBIDDEN", "Only administrators can manage accounts.");
  return db.user.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabled: true, lockedUntil: true, mfaEnabledAt: true, lastLoginAt: true, provider: { select: { specialties: true, licenseExpiresAt: true } } },
  });
}
