/**
 * One-time recovery codes for MFA: 10 random codes shown once; only keyed
 * digests are stored (codes carry 40 bits of entropy, so a keyed hash suffices).
 */
import { randomBytes } from "node:crypto";
import { keyedDigest } from "../../crypto";

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_PATTERN = /^[a-z0-9]{5}-[a-z0-9]{5}$/i;

export function generateRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function digestRecoveryCode(code: string): string {
  return keyedDigest(`recovery:${code.trim().toLowerCase()}`);
}

/** The remaining digests if `code` matches one of them (which is then used up), else null. */
export function useRecoveryCode(stored: string[], code: string): string[] | null {
  if (!RECOVERY_CODE_PATTERN.test(code.trim())) return null;
  const digest = digestRecoveryCode(code);
  return stored.includes(digest) ? stored.filter((d) => d !== digest) : null;
}
