import fs from "node:fs";
import { test, expect, loginAs } from "./fixtures";
import { apiAs } from "./api";

test("a patient is refused the audit page", async ({ page }) => {
  await loginAs(page, "alice@demo.test");
  const res = await page.goto("/audit");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});

test("staff are refused a patient's access-log page", async ({ page }) => {
  await loginAs(page, "dr.lee@demo.test");
  const res = await page.goto("/account/access-log");
  expect(res?.status()).toBe(403);
});

test("a supervisor finds who accessed a patient's record, exports it, and the export is on record", async ({ page, browser, baseURL }) => {
  // Dr. Lee's queue shows Alice's triaged consultations: one READ entry about her.
  const lee = await apiAs(baseURL!, "dr.lee@demo.test");
  expect((await lee.get("/api/v1/consultations?limit=100")).status()).toBe(200);
  await lee.dispose();

  await loginAs(page, "sup.jones@demo.test");
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();

  const patient = page.getByRole("group", { name: "Patient" });
  await patient.getByLabel("Find by name or email").fill("alice");
  await patient.getByRole("button", { name: "Find" }).click();
  await patient.getByRole("button", { name: /Alice Morgan/ }).click();
  await expect(patient.getByLabel("Patient ID")).toHaveValue(/^[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Search", exact: true }).click();

  await expect(page.getByRole("heading", { name: /Access to Alice Morgan’s record/ })).toBeVisible();
  const rows = page.locator("table:has(caption:text('Audit entries')) tbody tr");
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasText: "Dr. Jordan Lee" }).first()).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Export CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^access-report-.*\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe('"When (UTC)","Who","Role","Action","Resource type","Resource ID","Outcome","Justification","Emergency access","Request ID"');
  expect(lines.length).toBeGreaterThanOrEqual(2);
  expect(csv).toContain('"Dr. Jordan Lee","provider","READ"');

  // The export itself is now an audit entry about Alice.
  await page.getByLabel("Action", { exact: true }).selectOption("EXPORT");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/action=EXPORT/);
  await expect(rows.filter({ hasText: "Morgan Jones" }).filter({ hasText: "Export" }).first()).toBeVisible();

  await page.getByRole("button", { name: "Verify now" }).click();
  await expect(page.getByRole("heading", { name: "Audit trail intact" })).toBeVisible();

  // Alice sees it too, in plain words.
  const alice = await browser.newPage();
  await loginAs(alice, "alice@demo.test");
  await alice.getByRole("link", { name: "Who viewed my record" }).click();
  await expect(alice.getByRole("heading", { level: 1, name: "Who viewed my record" })).toBeVisible();
  await expect(alice.getByText("Morgan Jones (supervisor) downloaded a report of who accessed your record").first()).toBeVisible();
  await expect(alice.getByText(/Dr\. Jordan Lee \(provider\) saw/).first()).toBeVisible();
  await alice.close();
});
