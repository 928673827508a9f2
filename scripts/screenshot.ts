/**
 * Developer tool: screenshots of pages as a given demo user.
 *   tsx scripts/screenshot.ts <baseUrl> <email|-> <outDir> <path> [path...]
 */
import { chromium } from "@playwright/test";
import fs from "node:fs";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts";
import { totpAt } from "../server/auth/totp";

async function main() {
  const [base, email, out, ...paths] = process.argv.slice(2);
  fs.mkdirSync(out!, { recursive: true });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  const width = Number(process.env.WIDTH ?? 1440);
  const page = await browser.newPage({ viewport: { width, height: Number(process.env.HEIGHT ?? 900) } });
  if (email && email !== "-") {
    const acc = DEMO_ACCOUNTS.find((a) => a.email === email)!;
    await page.goto(`${base}/login`);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    if (acc.totpSecret) {
      await page.getByLabel("Authentication code").fill(totpAt(acc.totpSecret, Date.now()));
      await page.getByRole("button", { name: "Verify and sign in" }).click();
    }
    await page.getByRole("button", { name: /^(Sign out|Cerrar sesión)$/ }).waitFor({ timeout: 60_000 });
  }
  for (const p of paths) {
    await page.goto(`${base}${p}`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(Number(process.env.WAIT ?? 300));
    const file = `${out}/${(email ?? "anon").split("@")[0]}${p.replace(/[/?=&]/g, "_")}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await browser.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
