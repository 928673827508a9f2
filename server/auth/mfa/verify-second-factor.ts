/**
 * Checks a TOTP code, or a recovery code (which is then used up), for a user.
 */
import { db, type DbOrTx } from "../../db/prisma";
import { decryptString } from "../../crypto";
import { verifyTotp } from "../totp";
import { useRecoveryCode } from "./recovery-codes";

export type SecondFactorResult = { ok: true; method: "totp" | "recovery_code" } | { ok: false };

export async function verifySecondFactor(
  user: { id: string; mfaSecretEnc: string | null; mfaRecoveryHashes: string[] },
  code: string,
  now = new Date(),
  client: DbOrTx = db,
): Promise<SecondFactorResult> {
  if (!user.mfaSecretEnc) return { ok: false };
  if (verifyTotp(decryptString(user.mfaSecretEnc), code, now.getTime())) return { ok: true, method: "totp" };
  const remaining = useRecoveryCode(user.mfaRecoveryHashes, code);
  if (!remaining) return { ok: false };
  await client.user.update({ where: { id: user.id }, data: { mfaRecoveryHashes: remaining } });
  return { ok: true, method: "recovery_code" };
}
