import { test, expect, loginAs } from "./fixtures";
import { apiAs, intakeBody } from "./api";

/** A fresh case assigned to Dr. Lee and in review, created through the API. */
async function caseInReview(baseURL: string) {
  const alice = await apiAs(baseURL, "alice@demo.test");
  const created = await (await alice.post("/api/v1/consultations", { data: intakeBody() })).json();
  expect(created.status).toBe("triaged");
  const lee = await apiAs(baseURL, "dr.lee@demo.test");
  for (const to of ["assigned", "in_review"]) expect((await lee.post(`/api/v1/consultations/${created.id}/transitions`, { data: { to } })).status()).toBe(200);
  return { id: created.id as string, alice, lee };
}

test("a provider generates an AI assessment, edits the diagnosis with a reason, and the log keeps both versions", async ({ page, baseURL }) => {
  const { id, lee } = await caseInReview(baseURL!);
  await loginAs(page, "dr.lee@demo.test");
  await page.goto(`/review/${id}`);

  const panel = page.getByRole("region", { name: "AI decision support" });
  await expect(panel.getByText("AI draft", { exact: true })).toBeVisible();
  await expect(panel.getByText("Rule-based offline engine").first()).toBeVisible();
  await panel.getByRole("button", { name: "Generate assessment" }).click();

  // The job runs in the worker; the draft arrives without a reload (socket push, polling fallback).
  await expect(panel.getByText("J02.9").first()).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole("meter", { name: "Confidence", exact: true })).toBeVisible();
  await expect(panel.getByText("Acute pharyngitis, unspecified", { exact: true })).toBeVisible();

  await panel.getByRole("button", { name: "Edit" }).click();
  await panel.getByLabel("ICD-10 code").fill("J06.9");
  await panel.getByLabel("Diagnosis", { exact: true }).fill("Acute upper respiratory infection, unspecified");
  const reason = panel.getByLabel(/Your diagnosis differs from the AI's/);
  await expect(reason).toBeVisible();
  await reason.fill("Cough and runny nose reported in the reply: viral URI rather than pharyngitis.");
  await panel.getByRole("button", { name: "Save my version" }).click();

  // Copied into the notes: the page reloads and the documentation shows the provider's code.
  await expect(page.getByLabel("Primary diagnosis code")).toHaveValue("J06.9", { timeout: 15_000 });
  await expect(panel.getByText("Edited and approved by you")).toBeVisible();
  await expect(panel.getByText("Your final version")).toBeVisible();
  await expect(panel.getByText("Cough and runny nose reported in the reply", { exact: false })).toBeVisible();

  const log = await (await lee.get(`/api/v1/consultations/${id}/ai`)).json();
  expect(log.items[0]).toMatchObject({
    kind: "assessment", status: "ready", engine: "offline", promptVersion: "assessment@1", decision: "edited",
    output: { primaryDiagnosis: { icd10Code: "J02.9" } },
    finalText: { primaryDiagnosis: { icd10Code: "J06.9", description: "Acute upper respiratory infection, unspecified" } },
    deviationReason: "Cough and runny nose reported in the reply: viral URI rather than pharyngitis.",
  });
  expect(log.items[0].providerModifications).toEqual(expect.arrayContaining([{ field: "primaryDiagnosis.icd10Code", from: "J02.9", to: "J06.9" }]));
});

test("an approved AI message reaches the patient only after the provider approves it", async ({ page, baseURL }) => {
  const { id, alice } = await caseInReview(baseURL!);
  await loginAs(page, "dr.lee@demo.test");
  await page.goto(`/review/${id}`);
  const panel = page.getByRole("region", { name: "AI decision support" });
  await panel.getByRole("tab", { name: /Message/ }).click();
  await panel.getByRole("button", { name: "Draft patient message" }).click();
  await expect(panel.getByText("Nothing is sent until you approve it.")).toBeVisible({ timeout: 30_000 });
  expect((await (await alice.get(`/api/v1/consultations/${id}/messages`)).json()).items).toHaveLength(0);
  await panel.getByRole("button", { name: "Approve and send" }).click();
  await expect(panel.getByText("Sent to the patient as your message.")).toBeVisible();
  const messages = (await (await alice.get(`/api/v1/consultations/${id}/messages`)).json()).items;
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatchObject({ senderRole: "provider", automated: false });
  expect(messages[0].body).toMatch(/does not replace an in-person examination/);
});

test("only the assigned provider may request AI drafts, and patients never see them", async ({ baseURL }) => {
  const { id, alice } = await caseInReview(baseURL!);
  const garcia = await apiAs(baseURL!, "dr.garcia@demo.test");
  expect((await garcia.post(`/api/v1/consultations/${id}/ai/assessment`)).status()).toBe(403);
  expect((await alice.post(`/api/v1/consultations/${id}/ai/assessment`)).status()).toBe(403);
  expect((await alice.get(`/api/v1/consultations/${id}/ai`)).status()).toBe(403);
  const sup = await apiAs(baseURL!, "sup.jones@demo.test");
  expect((await sup.post(`/api/v1/consultations/${id}/ai/soap-note`)).status()).toBe(403);
  expect((await sup.get(`/api/v1/consultations/${id}/ai`)).status()).toBe(200);
});
