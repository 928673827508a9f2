import { test as base, expect, type Page } from "@playwright/test";
import { createHmac } from "node:crypto";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts";

/** RFC 6238 code for a demo account's TOTP secret (kept independent of server code on purpose). */
export function totpFor(secret: string, timeMs = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const ch of secret) bits += alphabet.indexOf(ch).toString(2).padStart(5, "0");
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)));
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(Math.floor(timeMs / 30_000)));
  const mac = createHmac("sha1", key).update(msg).digest();
  const o = mac[mac.length - 1]! & 0xf;
  return ((mac.readUInt32BE(o) & 0x7fffffff) % 1_000_000).toString().padStart(6, "0");
}

/** Signs in through the real login page (with the TOTP step for staff). */
export async function loginAs(page: Page, email: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`Unknown demo account ${email}`);
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (account.totpSecret) {
    const code = page.getByLabel("Authentication code");
    await expect(code).toBeVisible();
    await code.fill(totpFor(account.totpSecret));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
  }
  await expect(page.getByRole("button", { name: /^(Sign out|Cerrar sesión)$/ })).toBeVisible();
}

export const test = base;
export { expect };
