import { test, expect, loginAs } from "./fixtures";
import { apiAs, intakeBody } from "./api";

test("a provider sees a new consultation appear, accepts it, asks a question, sees the reply, documents and completes", async ({ page, baseURL }) => {
  await loginAs(page, "dr.lee@demo.test");
  await page.goto("/queue");
  await expect(page.getByRole("tab", { name: "Queue" })).toHaveAttribute("aria-selected", "true");

  const complaint = `Itchy eyes and sneezing ${Date.now()}`;
  const alice = await apiAs(baseURL!, "alice@demo.test");
  // Urgent care (one of dr.lee's specialties), filtered below, so the new row is on the first page however long the queue is.
  await page.getByLabel("Type").selectOption("urgent_care");
  const created = await (await alice.post("/api/v1/consultations", { data: intakeBody({ chiefComplaint: complaint, consultationType: "urgent_care", symptoms: ["sneezing"], vitals: undefined }) })).json();
  expect(created.status).toBe("triaged");

  // Appears without a reload (socket push, or the 20 s background refresh at worst).
  const row = page.getByRole("row").filter({ hasText: complaint });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.getByRole("button", { name: /^Accept/ }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${created.id}$`));
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByText("In Review", { exact: false }).first()).toBeVisible();

  await page.getByRole("button", { name: "Ask the patient a question" }).click();
  await page.getByLabel("Your question to the patient (plain language)").fill("Do your eyes feel gritty, and have you had a fever?");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("requires info", { exact: true })).toBeVisible();
  await expect(page.getByText("Paused (waiting on patient)")).toBeVisible();

  const reply = await alice.post(`/api/v1/consultations/${created.id}/messages`, { data: { body: "A bit gritty in the mornings. No fever." } });
  expect(reply.status()).toBe(201);
  expect((await (await alice.get(`/api/v1/consultations/${created.id}`)).json()).status).toBe("in_review");
  await page.reload();
  await expect(page.getByText("A bit gritty in the mornings. No fever.")).toBeVisible();

  await page.getByRole("textbox", { name: "Assessment", exact: true }).fill("Seasonal allergic rhinoconjunctivitis.");
  await page.getByRole("button", { name: "+ Add diagnosis" }).click();
  await page.getByLabel("Diagnosis 1 ICD-10 code").fill("J30.2");
  await page.getByLabel("Diagnosis 1 description").fill("Other seasonal allergic rhinitis");
  await page.getByLabel("Primary diagnosis code").fill("J30.2");
  await page.getByLabel("Clinical decision rationale").fill("Typical history, no red flags, no fever.");
  await page.getByLabel("Plan").fill("Oral antihistamine; saline rinses.");
  await page.getByLabel("Care instructions for the patient").fill("Take one antihistamine tablet a day. Contact us if your eyes become painful or your vision changes.");
  await expect(page.getByText(/^Saved /)).toBeVisible({ timeout: 15_000 });

  await page.getByRole("button", { name: "Complete consultation" }).click();
  const completeForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Confirm" }) });
  await expect(completeForm.getByLabel("Clinical decision rationale")).toHaveValue("Typical history, no red flags, no fever.");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("completed", { exact: true })).toBeVisible();
  const done = await (await alice.get(`/api/v1/consultations/${created.id}`)).json();
  expect(done).toMatchObject({ status: "completed", plan: "Oral antihistamine; saline rinses.", primaryDiagnosisCode: "J30.2" });
});

test("a high-risk case must go through peer review by another provider", async ({ page, browser, baseURL }) => {
  const complaint = `Heart racing and feeling faint ${Date.now()}`;
  const alice = await apiAs(baseURL!, "alice@demo.test");
  const body = intakeBody({ chiefComplaint: complaint, symptoms: ["palpitations"], severity: 5, vitals: { heartRate: 124, respiratoryRate: 22, oxygenSaturation: 95, temperatureC: 37.2 } });
  const created = await (await alice.post("/api/v1/consultations", { data: body })).json();
  expect(created).toMatchObject({ status: "triaged", clinicalRiskLevel: "high" });

  const garcia = await apiAs(baseURL!, "dr.garcia@demo.test");
  expect((await garcia.post(`/api/v1/consultations/${created.id}/transitions`, { data: { to: "assigned" } })).status()).toBe(200);
  expect((await garcia.post(`/api/v1/consultations/${created.id}/transitions`, { data: { to: "in_review" } })).status()).toBe(200);
  const blocked = await garcia.post(`/api/v1/consultations/${created.id}/transitions`, { data: { to: "completed", decisionRationale: "Sinus tachycardia, likely anxiety" } });
  expect(blocked.status()).toBe(422);
  expect((await blocked.json()).error).toMatchObject({ code: "GUARD_FAILED", details: { failed: ["peer_review"], triggers: ["high_risk"] } });

  await loginAs(page, "dr.garcia@demo.test");
  await page.goto(`/review/${created.id}`);
  await expect(page.getByRole("button", { name: "Complete consultation" })).toBeDisabled();
  await expect(page.locator("#why-completed")).toHaveText(/Peer review required first: high or critical risk/);
  await page.getByRole("button", { name: "Request peer review" }).click();
  await page.getByLabel("What should the reviewer look at?").fill("High risk from NEWS2; please check the plan for palpitations.");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("requires peer review", { exact: true })).toBeVisible();

  const sup = await apiAs(baseURL!, "sup.jones@demo.test");
  const c = await (await sup.get(`/api/v1/consultations/${created.id}`)).json();
  expect(c.peerReviewerId).toBeTruthy();
  expect(c.peerReviewerId).not.toBe(c.assignedProviderId);

  const leeCtx = await browser.newContext({ baseURL });
  const lee = await leeCtx.newPage();
  await loginAs(lee, "dr.lee@demo.test");
  await lee.getByRole("tab", { name: "Peer reviews" }).click();
  await lee.getByRole("link", { name: complaint }).click();
  await expect(lee.getByRole("heading", { name: "Your peer review" })).toBeVisible();
  await lee.getByText("4", { exact: true }).click();
  await lee.getByLabel("Comment for the author").fill("Agree with the plan; add ECG if symptoms recur.");
  await lee.getByRole("button", { name: "Approve and complete" }).click();
  await expect(lee.getByText("completed", { exact: true })).toBeVisible();
  const reviewed = await (await sup.get(`/api/v1/consultations/${created.id}/history`)).json();
  expect(reviewed.items.map((h: { toStatus: string }) => h.toStatus).slice(-3)).toEqual(["in_review", "requires_peer_review", "completed"]);
  await leeCtx.close();
});
