import { test, expect, loginAs, totpFor } from "./fixtures";
import { apiAs, intakeBody } from "./api";
import type { APIRequestContext } from "@playwright/test";

/**
 * Prescribing end to end: live safety checks, the blocking dialog for a serious interaction,
 * approval (with MFA step-up if asked), the worker's pharmacy job against the sandbox pharmacy,
 * and the patient seeing "prescription sent". Uses Bob's seeded "Cough with green phlegm"
 * consultation (in review with dr.lee; Bob takes warfarin and is allergic to penicillin) and
 * leaves it in prescription_sent; adds one triaged consultation for Bob (restoreBobsRecord).
 */
const LEE_TOTP = "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD";

/**
 * Bob reports his medicines and allergy again in a new intake (which updates his record), so this
 * spec does not depend on what other specs' intakes left in it.
 */
async function restoreBobsRecord(bob: APIRequestContext) {
  const res = await bob.post("/api/v1/consultations", {
    data: intakeBody({
      chiefComplaint: "Repeat prescription question about my usual medicines", symptoms: [],
      medications: [{ name: "warfarin", dose: "5 mg", frequency: "once a day" }, { name: "lisinopril", dose: "10 mg", frequency: "once a day" }],
      allergies: [{ substance: "penicillin", reaction: "hives and facial swelling", type: "allergy" }],
    }),
  });
  expect(res.status()).toBe(201);
}

/** Bob's seeded consultation, found through dr.lee's own list. */
async function bobsConsultation(lee: APIRequestContext): Promise<string> {
  const list = await (await lee.get("/api/v1/consultations?assignedTo=me&limit=100")).json();
  const c = list.items.find((i: { patient?: { name: string }; chiefComplaint: string }) => i.patient?.name === "Bob Nguyen" && i.chiefComplaint.startsWith("Cough with green phlegm"));
  expect(c, "Bob's seeded cough consultation").toBeTruthy();
  return c.id;
}

async function statusOf(api: APIRequestContext, id: string) {
  return (await (await api.get(`/api/v1/consultations/${id}`)).json()).status as string;
}

test("a provider is stopped by the warfarin + ibuprofen warning, prescribes paracetamol instead, and the patient sees it sent", async ({ page, browser, baseURL }) => {
  await loginAs(page, "dr.lee@demo.test");
  const id = await bobsConsultation(page.request);
  const bob = await apiAs(baseURL!, "bob@demo.test");
  expect(await statusOf(bob, id)).toBe("in_review");
  await restoreBobsRecord(bob);
  await page.goto(`/review/${id}`);
  const panel = page.getByRole("region", { name: "Prescribe" });
  await expect(panel).toBeVisible();

  await panel.getByLabel("Drug").fill("ibupro");
  await page.getByRole("option", { name: /^ibuprofen/ }).click();
  await panel.getByLabel("Dose").fill("400");
  await panel.getByLabel("How often").selectOption({ label: "Three times a day" });

  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByRole("heading", { level: 3, name: "warfarin + ibuprofen" })).toBeVisible();
  await expect(dialog).toContainText("bleeding");
  await expect(dialog).toContainText("What to do");
  await expect(dialog.getByRole("button", { name: "Override…" })).toBeVisible();
  await dialog.getByRole("button", { name: "Change the prescription" }).click();
  await expect(dialog).toBeHidden();

  const approve = panel.getByRole("button", { name: "Approve and send to pharmacy" });
  await expect(approve).toBeDisabled();
  await expect(panel).toContainText("Review the safety warning: change the prescription or override it.");
  // The server refuses too: no override, no approval.
  const refused = await page.request.post(`/api/v1/consultations/${id}/prescriptions`, {
    data: { items: [{ name: "ibuprofen", doseMg: 400, doseText: "400 mg", frequencyPerDay: 3, frequencyText: "three times a day", quantity: 15, refills: 0 }], pharmacyId: (await (await page.request.get("/api/v1/pharmacies")).json()).items[0].id },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatchObject({ code: "GUARD_FAILED", details: { missingFindingIds: expect.arrayContaining(["ddi:warfarin+ibuprofen"]) } });

  await panel.getByLabel("Drug").fill("paracetam");
  await page.getByRole("option", { name: /acetaminophen/ }).first().click();
  await panel.getByLabel("Dose").fill("500");
  await panel.getByLabel("How often").selectOption({ label: "Every 6 hours" });
  await expect(panel.getByRole("status").filter({ hasText: "No serious problems found" })).toBeVisible({ timeout: 15_000 });
  await panel.getByLabel("Pharmacy").selectOption({ label: "Main Street Drugs (sandbox)" });
  await expect(approve).toBeEnabled();
  await approve.click();

  const mfa = page.getByRole("dialog").filter({ hasText: "Confirm it’s you" });
  if (await mfa.isVisible().catch(() => false)) {
    await mfa.getByLabel("Authentication code").fill(totpFor(LEE_TOTP, Date.now() + 30_000));
    await mfa.getByRole("button", { name: "Verify and approve" }).click();
  }
  await expect(panel.getByText(/Sent to pharmacy — Main Street Drugs \(sandbox\) \(order SBX-[0-9A-F]+\)/)).toBeVisible({ timeout: 45_000 });

  await expect.poll(() => statusOf(bob, id), { timeout: 30_000 }).toBe("prescription_sent");
  const rx = (await (await bob.get(`/api/v1/consultations/${id}/prescriptions`)).json()).items;
  expect(rx).toHaveLength(1);
  expect(rx[0]).toMatchObject({ displayName: "acetaminophen", status: "sent", pharmacy: { name: "Main Street Drugs (sandbox)" } });
  expect(rx[0]).not.toHaveProperty("safetyResult");

  const ctx = await browser.newContext({ baseURL, storageState: await bob.storageState() });
  const patientPage = await ctx.newPage();
  await patientPage.goto(`/consultations/${id}`);
  await expect(patientPage.getByText(/prescription sent/i).first()).toBeVisible();
  await ctx.close();
});

test("prescribing endpoints and the pharmacy queue keep to their roles", async ({ browser, baseURL }) => {
  const lee = await apiAs(baseURL!, "dr.lee@demo.test");
  const bob = await apiAs(baseURL!, "bob@demo.test");
  const id = await bobsConsultation(lee);
  const pharm = await apiAs(baseURL!, "pharm.kim@demo.test");
  const patel = await apiAs(baseURL!, "dr.patel@demo.test");
  const admin = await apiAs(baseURL!, "admin@demo.test");

  for (const [who, api, drugs, pharmacies] of [["bob", bob, 403, 403], ["lee", lee, 200, 200], ["pharm", pharm, 200, 200], ["admin", admin, 403, 403]] as const) {
    expect((await api.get("/api/v1/drugs?q=amox")).status(), `drugs as ${who}`).toBe(drugs);
    expect((await api.get("/api/v1/pharmacies")).status(), `pharmacies as ${who}`).toBe(pharmacies);
  }
  const drugs = await (await lee.get("/api/v1/drugs?q=oxycod")).json();
  expect(drugs.items[0]).toMatchObject({ name: "oxycodone", controlledSubstance: true, deaSchedule: "CII" });
  expect((await lee.get("/api/v1/drugs?q=")).status()).toBe(400);

  const item = { name: "acetaminophen", doseMg: 500, doseText: "500 mg", frequencyPerDay: 4, frequencyText: "every 6 hours", quantity: 20, refills: 0 };
  const pharmacyId = (await (await lee.get("/api/v1/pharmacies")).json()).items[0].id;
  expect((await patel.post(`/api/v1/consultations/${id}/prescriptions`, { data: { items: [item], pharmacyId } })).status()).toBe(403);
  expect((await bob.post(`/api/v1/consultations/${id}/prescriptions`, { data: { items: [item], pharmacyId } })).status()).toBe(403);
  expect((await lee.post(`/api/v1/consultations/${id}/prescriptions`, { data: { items: [{ ...item, hacker: 1 }], pharmacyId } })).status()).toBe(400);
  expect((await lee.post(`/api/v1/consultations/not-a-uuid/prescriptions`, { data: { items: [item], pharmacyId } })).status()).toBe(404);
  expect((await patel.get(`/api/v1/consultations/${id}/prescriptions`)).status()).toBe(403);
  expect((await bob.get(`/api/v1/consultations/${id}/prescriptions`)).status()).toBe(200);

  for (const [who, api, heading] of [["pharmacist", pharm, /Pharmacy queue/], ["patient", bob, /do not have access/], ["provider", lee, /do not have access/]] as const) {
    const ctx = await browser.newContext({ baseURL, storageState: await api.storageState() });
    const page = await ctx.newPage();
    await page.goto("/pharmacy");
    await expect(page.getByRole("heading", { level: 1 }), `${who} on /pharmacy`).toHaveText(heading);
    await ctx.close();
  }
});
