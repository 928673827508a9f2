/**
 * TOTP enrolment in two steps. `beginMfaEnrolment` makes a secret and returns
 * it sealed (AES-GCM, bound to the user, valid 15 minutes) so nothing is
 * stored until `confirmMfaEnrolment` proves the authenticator works. Then the
 * secret is saved, recovery codes are issued (shown once), and the session
 * counts as freshly verified.
 */
import QRCode from "qrcode";
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { db } from "../../db/prisma";
import { decryptString, encryptString } from "../../crypto";
import { recordAuditLog } from "../../audit/record-audit-log";
import type { RequestContext } from "../../http/request-context";
import { generateTotpSecret, otpauthUrl, verifyTotp } from "../totp";
import { digestRecoveryCode, generateRecoveryCodes } from "./recovery-codes";

const ENROL_WINDOW_MS = 15 * 60_000;

export interface MfaEnrolment {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
  token: string;
}

export async function beginMfaEnrolment(actor: UserActor, now = new Date()): Promise<MfaEnrolment> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true } });
  const secret = generateTotpSecret();
  const url = otpauthUrl(secret, user.email);
  const token = encryptString(JSON.stringify({ secret, userId: actor.userId, exp: now.getTime() + ENROL_WINDOW_MS }));
  return { secret, otpauthUrl: url, qrDataUrl: await QRCode.toDataURL(url, { margin: 1, width: 220 }), token };
}

export async function confirmMfaEnrolment(actor: UserActor, token: string, code: string, request: RequestContext, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  let sealed: { secret: string; userId: string; exp: number };
  try {
    sealed = JSON.parse(decryptString(token));
  } catch {
    throw new AppError("VALIDATION_FAILED", "The set-up has expired. Start again.", { fieldErrors: { code: ["Start the set-up again"] } });
  }
  if (sealed.userId !== actor.userId || sealed.exp < now.getTime()) {
    throw new AppError("VALIDATION_FAILED", "The set-up has expired. Start again.", { fieldErrors: { code: ["Start the set-up again"] } });
  }
  if (!verifyTotp(sealed.secret, code, now.getTime())) {
    throw new AppError("VALIDATION_FAILED", "That code is not right. Enter the 6-digit code your app shows now.", { fieldErrors: { code: ["Enter the current 6-digit code"] } });
  }
  const recoveryCodes = generateRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { mfaSecretEnc: encryptString(sealed.secret), mfaEnabledAt: now, mfaRecoveryHashes: recoveryCodes.map(digestRecoveryCode) },
    });
    if (actor.sessionId) await tx.userSession.update({ where: { id: actor.sessionId }, data: { mfaVerifiedAt: now } });
    await recordAuditLog(tx, { actor, action: "MFA", resourceType: "user", resourceId: actor.userId, outcome: "allowed", request, metadata: { event: "enrolled" } });
  });
  return { recoveryCodes };
}
