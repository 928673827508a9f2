/**
 * Password rules (NIST SP 800-63B style): length over complexity, and a
 * refusal of common, guessable passwords. Each failed rule has its own message
 * saying how to fix it.
 */
import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * Frequently breached passwords and patterns that reach 12 characters (lists of
 * leaked passwords are dominated by these shapes). Compared case-insensitively
 * after removing digits and symbols at the ends, so "Password2026!" matches "password".
 */
const COMMON = new Set([
  "password", "passw0rd", "password1", "qwerty", "qwertyuiop", "qwertyuiopasdfgh", "asdfghjkl", "zxcvbnm", "iloveyou",
  "letmein", "welcome", "welcometo", "admin", "administrator", "changeme", "trustno", "monkey", "dragon", "football",
  "baseball", "superman", "batman", "sunshine", "princess", "starwars", "whatever", "freedom", "shadow", "master",
  "michael", "jennifer", "abcdefghijkl", "abcdefghijklmnop", "abcdefg", "abc", "qazwsxedc", "qazwsx", "1qaz2wsx",
  "onetwothree", "secret", "mypassword", "yourpassword", "thisismypassword", "passwordpassword", "correcthorsebatterystaple",
  "doctor", "nurse", "hospital", "patient", "healthcare", "telehealth", "asyncvisits", "async", "visits", "clinic",
  "summer", "winter", "spring", "autumn", "january", "february", "december", "monday", "friday", "america", "newyork",
]);

const SEQUENCES = ["0123456789", "9876543210", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm"];

export interface PasswordCheck {
  ok: boolean;
  problems: string[];
}

export function checkPassword(password: string, context: { email?: string; name?: string } = {}): PasswordCheck {
  const problems: string[] = [];
  const lower = password.toLowerCase();
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`Use at least ${MIN_PASSWORD_LENGTH} characters (you have ${password.length}).`);
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(`Use at most ${MAX_PASSWORD_LENGTH} characters.`);
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, "");
  if (core === "" || COMMON.has(core) || COMMON.has(lower) || /^(.)\1+$/.test(password) || [...COMMON].some((w) => w.length >= 6 && lower.replace(/[^a-z]/g, "") === w.repeat(2))) {
    problems.push("This password is too common and easy to guess. Try three or four unrelated words.");
  } else if (SEQUENCES.some((seq) => seq.includes(lower) && lower.length >= 6)) {
    problems.push("Avoid runs like 123456 or abcdef. Try three or four unrelated words.");
  }
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) problems.push("Do not include your email address in your password.");
  const names = (context.name ?? "").toLowerCase().split(/\s+/).filter((n) => n.length >= 4);
  if (names.some((n) => lower.includes(n))) problems.push("Do not include your name in your password.");
  return { ok: problems.length === 0, problems };
}

/**
 * A zod field for new passwords: every context-free rule, one message each.
 * Rules that need the email or name are added by the form schema (see lib/schemas/account.ts).
 */
export const ZNewPassword = z.string({ error: "Enter a password" }).superRefine((pw, ctx) => {
  for (const message of checkPassword(pw).problems) ctx.addIssue({ code: "custom", message });
});
