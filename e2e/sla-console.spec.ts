import pg from "pg";
import { test, expect, loginAs } from "./fixtures";
import { apiAs, intakeBody } from "./api";

/**
 * A consultation crosses its SLA while the supervisor watches: it moves into
 * the breached list live (the worker's sweep runs every 15 s; the console
 * refreshes on the socket event) and the supervisor reassigns it in one click.
 * The test shortens the deadline directly in the database to avoid waiting 24 h.
 */
test("a consultation breaches its SLA live and the supervisor reassigns it", async ({ page, baseURL }) => {
  const alice = await apiAs(baseURL!, "alice@demo.test");
  const created = await (await alice.post("/api/v1/consultations", { data: intakeBody({ chiefComplaint: `Mild earache ${Date.now()}`, vitals: undefined }) })).json();
  const lee = await apiAs(baseURL!, "dr.lee@demo.test");
  expect((await lee.post(`/api/v1/consultations/${created.id}/transitions`, { data: { to: "assigned" } })).status()).toBe(200);

  await loginAs(page, "sup.jones@demo.test");
  await page.goto("/sla");
  const breached = page.getByRole("region", { name: /Breached/ });
  await expect(breached).toBeVisible();
  await expect(breached.getByRole("link", { name: created.reference })).toHaveCount(0);

  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  await db.query(`UPDATE "Consultation" SET "slaDueAt" = now() + interval '2 seconds' WHERE "id" = $1`, [created.id]);
  await db.end();

  const row = breached.getByRole("row").filter({ has: page.getByRole("link", { name: created.reference }) });
  await expect(row).toBeVisible({ timeout: 45_000 });
  await expect(row).toContainText("Dr. Jordan Lee");
  await row.getByRole("button", { name: "Reassign" }).click();
  const select = row.getByLabel("Provider");
  await expect(select.locator("option", { hasText: "Dr. Sofia Garcia" })).toHaveCount(1);
  await select.selectOption({ label: (await select.locator("option", { hasText: "Dr. Sofia Garcia" }).textContent())! });
  await row.getByRole("button", { name: "OK" }).click();
  await expect(breached.getByRole("row").filter({ hasText: created.reference })).toContainText("Dr. Sofia Garcia", { timeout: 15_000 });

  const sup = await apiAs(baseURL!, "sup.jones@demo.test");
  const c = await (await sup.get(`/api/v1/consultations/${created.id}`)).json();
  expect(c.status).toBe("assigned");
  expect(c.slaViolationAt).not.toBeNull();
  const summary = await (await sup.get("/api/v1/sla/summary")).json();
  expect(summary.breached.map((b: { consultationId: string }) => b.consultationId)).toContain(created.id);
  const history = await (await sup.get(`/api/v1/consultations/${created.id}/history`)).json();
  expect(history.items.map((h: { toStatus: string }) => h.toStatus).slice(-3)).toEqual(["assigned", "triaged", "assigned"]);
});
