import { test, expect, loginAs, totpFor } from "./fixtures";
import { request as pwRequest } from "@playwright/test";

test("an admin creates a staff account; the new clinician must set up MFA at first sign-in", async ({ page, browser, baseURL }) => {
  await loginAs(page, "admin@demo.test");
  await page.goto("/admin/users");
  const email = `nurse.${Date.now()}@demo.test`;
  await page.getByLabel("Full name").fill("Riley Nurse");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption("provider");
  await page.getByLabel("Mental health").check();
  await page.getByLabel("Licence number").fill("NP-778812");
  await page.getByLabel("Licensed states").fill("NY, NJ");
  await page.getByLabel("Licence expires").fill("2029-06-30");
  await page.getByRole("button", { name: "Create staff account" }).click();
  const status = page.getByRole("status");
  await expect(status).toContainText(email);
  const tempPassword = (await status.locator("code").textContent())!.trim();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  const ctx = await browser.newContext({ baseURL });
  const staff = await ctx.newPage();
  await staff.goto("/login");
  await staff.getByLabel("Email address").fill(email);
  await staff.getByLabel("Password").fill(tempPassword);
  await staff.getByRole("button", { name: "Sign in" }).click();
  await expect(staff).toHaveURL(/\/account\/security\?setup=required/);
  await expect(staff.getByText("Clinic staff must turn on two-factor authentication")).toBeVisible();
  const secret = (await staff.locator("code.select-all").textContent())!.trim();
  await staff.getByLabel("Enter the 6-digit code from the app").fill(totpFor(secret));
  await staff.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  const codes = staff.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await staff.getByRole("link", { name: "I have saved my recovery codes" }).click();
  await expect(staff).toHaveURL(/\/queue$/);
  await ctx.close();
});

test("patients can sign up; weak passwords get a message per rule", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Full name").fill("Nora Quinn");
  await page.getByLabel("Email address").fill(`nora.${Date.now()}@example.test`);
  await page.getByLabel("Create a password").fill("password2026");
  await page.getByLabel("Date of birth").fill("1990-02-03");
  await page.getByLabel("Sex recorded on your medical record").selectOption("female");
  await page.getByLabel("State you live in").selectOption("NY");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("too common");
  await page.getByLabel("Create a password").fill("tangerine-harbor-lamp");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/intake/);
  await page.goto("/consultations");
  await expect(page.getByRole("heading", { level: 1, name: "My consultations" })).toBeVisible();
});

test("security headers and session cookie flags", async ({ baseURL }) => {
  const ctx = await pwRequest.newContext({ baseURL });
  const res = await ctx.get("/login");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("default-src 'self'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("no-referrer");
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const login = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "dr.garcia@demo.test", password: "DemoVisits!2026", totp: totpFor("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ") },
    maxRedirects: 0,
  });
  const cookie = login.headersArray().find((x) => x.name.toLowerCase() === "set-cookie" && x.value.includes("session-token"))!.value;
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  // A cross-site write is refused even with a valid session cookie.
  const csrf = await ctx.post("/api/v1/triage", { data: { symptoms: ["cough"], age: 40 }, headers: { origin: "https://evil.example" } });
  expect(csrf.status()).toBe(403);
});

test("the account locks after 5 failed sign-ins and says so", async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await page.goto("/login");
    await page.getByLabel("Email address").fill("hana.p@demo.test");
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  }
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("locked for 15 minutes");
});
