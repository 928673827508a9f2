import sharp from "sharp";
import type { Page } from "@playwright/test";
import { test, expect, loginAs } from "./fixtures";
import { apiAs, intakeBody } from "./api";
import { IntakeFlow } from "./pages/intake-flow";
import { hasGpsTag, jpegWithGps } from "../server/test/test-images";

/** The seed's extra patients (dana, evan…) are not in DEMO_ACCOUNTS; they sign in the same way, without TOTP. */
async function loginPatient(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("DemoVisits!2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: /^(Sign out|Cerrar sesión)$/ })).toBeVisible();
}

test("a patient completes the intake with a photo and lands on a triaged, non-urgent status page", async ({ page }) => {
  await loginAs(page, "alice@demo.test");
  const intake = new IntakeFlow(page);
  await intake.start();
  await expect(page.getByText("Step 1 of 8")).toBeVisible();

  // Continue without an answer: the error summary takes focus and links to the field.
  await intake.continue();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Choose what your consultation is about" }).click();
  await expect(page.getByLabel("General health problem")).toBeFocused();

  await intake.reason("General health problem");
  await intake.symptoms("Sore throat and a mild fever for two days", ["Sore throat", "Fever or high temperature"]);
  await intake.timing("1 to 3 days ago", 3);
  await intake.readings({ unit: "°C (Celsius)", temperature: "37.8", heartRate: "88" });
  await intake.oneMedicineOneAllergy({ name: "ibuprofen", dose: "200 mg" }, "penicillin");
  await intake.aboutYou("No");

  const photo = await jpegWithGps(1024, 768);
  await page.locator('input[type="file"]').first().setInputFiles({ name: "throat.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByText("1 of 10 added")).toBeVisible();
  await expect(page.getByText("throat.jpg", { exact: true })).toBeVisible();
  await intake.continue(/\/intake\/consent$/);
  await intake.consent();

  await expect(page.getByRole("heading", { level: 1, name: "Check your answers before sending" })).toBeVisible();
  await expect(page.getByText("Sore throat and a mild fever for two days")).toBeVisible();
  await expect(page.getByText("Temperature: 37.8 °C")).toBeVisible();
  await expect(page.getByText("ibuprofen, 200 mg")).toBeVisible();
  await expect(page.getByText("penicillin", { exact: true })).toBeVisible();
  await expect(page.getByText("throat.jpg", { exact: true })).toBeVisible();

  // "Change" goes back to the question and Continue returns to this page.
  await page.getByRole("link", { name: "Change main problem" }).click();
  await expect(page).toHaveURL(/\/intake\/symptoms\?change=1$/);
  await page.getByLabel("What is the main problem?").fill("Sore throat and a mild fever for two days now");
  await intake.continue(/\/intake\/check$/);
  await expect(page.getByText("Sore throat and a mild fever for two days now")).toBeVisible();
  const id = await intake.send(true);

  await expect(page.getByRole("heading", { level: 1, name: "Request sent" })).toBeVisible();
  await expect(page.getByText(/^AV-[0-9A-Z]{6}$/).first()).toBeVisible();
  await expect(page.getByText("Non-urgent advice:")).toBeVisible();
  await expect(page.getByText("A clinician will reply within 24 hours")).toBeVisible();
  await expect(page.locator('[aria-current="step"]')).toContainText("Waiting for a clinician");
  await expect(page.getByText("Immediate action required:")).toHaveCount(0);

  const consultation = await (await page.request.get(`/api/v1/consultations/${id}`)).json();
  expect(consultation).toMatchObject({ status: "triaged", urgency: "routine", triage: { requiresSynchronousVisit: false } });
  expect(consultation.intake.attachmentIds).toHaveLength(1);
  // The double click created one consultation: the draft's idempotency key made the second submit a replay.
  const mine = (await (await page.request.get("/api/v1/consultations?limit=100")).json()).items;
  expect(mine.filter((c: { chiefComplaint: string }) => c.chiefComplaint === "Sore throat and a mild fever for two days now")).toHaveLength(1);

  // The stored photo is served privately, without its camera and GPS metadata.
  const file = await page.request.get(`/api/v1/attachments/${consultation.intake.attachmentIds[0]}`);
  expect(file.headers()).toMatchObject({ "content-type": "image/jpeg", "cache-control": "private, no-store", "x-content-type-options": "nosniff" });
  expect(file.headers()["content-disposition"]).toMatch(/^inline;/);
  const meta = await sharp(await file.body()).metadata();
  expect(hasGpsTag(meta.exif)).toBe(false);
  expect(meta.width).toBe(1024);

  // The draft is gone: a new intake starts at the first question...
  await intake.start();
  await expect(page.getByLabel("General health problem")).not.toBeChecked();
  // ...and the medicines and allergies she gave are now prefilled from her record, for her to confirm.
  await page.goto("/intake/medicines");
  await expect(page.getByText("We filled this in from your record").first()).toBeVisible();
  await expect(page.locator("#medications-0-name")).toHaveValue("ibuprofen");
  await expect(page.locator("#medications-0-dose")).toHaveValue("200 mg");
  await expect(page.locator("#allergies-0-substance")).toHaveValue("penicillin");
});

test("an emergency intake shows the call-911 instruction first, before anything else", async ({ page }) => {
  await loginPatient(page, "george@demo.test");
  const intake = new IntakeFlow(page);
  await intake.start();
  await intake.reason("A new problem that needs attention today");
  await page.getByLabel("What is the main problem?").fill("Crushing chest pain spreading to my left arm");
  await page.getByLabel("Chest pain or tightness").check();
  await expect(page.getByRole("alert").filter({ hasText: "This could be an emergency" })).toBeVisible();
  await intake.continue(/\/intake\/timing$/);
  await intake.timing("Today", 8);
  await intake.readings();
  await intake.noMedicinesNoAllergies();
  await intake.aboutYou();
  await intake.continue(/\/intake\/consent$/);
  await intake.consent();
  const id = await intake.send();

  const card = page.getByRole("alert").filter({ hasText: "Immediate action required:" });
  await expect(card).toBeVisible();
  await expect(card.getByRole("heading")).toContainText("Call 911 or go to the nearest emergency department now");
  await expect(card.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
  const cardTop = (await card.boundingBox())!.y;
  const sentTop = (await page.getByRole("heading", { name: "Request sent" }).boundingBox())!.y;
  expect(cardTop).toBeLessThan(sentTop);
  await expect(page.locator('[aria-current="step"]')).toContainText("You need care now");

  const consultation = await (await page.request.get(`/api/v1/consultations/${id}`)).json();
  expect(consultation).toMatchObject({ status: "escalated", requiresSynchronousVisit: true, urgency: "urgent" });
});

test("the draft survives a reload and a return visit, including the chosen language", async ({ page }) => {
  await loginPatient(page, "evan@demo.test");
  const intake = new IntakeFlow(page);
  await intake.start();
  await intake.reason("Skin, hair or nails");
  await intake.symptoms("Itchy rash on my arm", ["Itching"]);
  await page.reload();
  await expect(page).toHaveURL(/\/intake\/timing$/);

  // Coming back later resumes at the saved step with the saved answers.
  await page.goto("/consultations");
  await page.getByRole("link", { name: "Continue your unfinished request" }).click();
  await expect(page).toHaveURL(/\/intake\/timing$/);
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByLabel("What is the main problem?")).toHaveValue("Itchy rash on my arm");
  await expect(page.getByLabel("Itching", { exact: true })).toBeChecked();
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByLabel("Skin, hair or nails")).toBeChecked();

  // Spanish is saved with the draft too.
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.getByText("Paso 1 de 8")).toBeVisible();
  // The switch is saved in the background; the button is usable again once it is stored.
  await expect(page.getByRole("button", { name: "English" })).toBeEnabled();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "¿Sobre qué es su solicitud?" })).toBeVisible();
  await expect(page.getByLabel("Piel, cabello o uñas")).toBeChecked();
});

test("a file that is not a photo or PDF is refused with a clear message, and nothing is lost", async ({ page }) => {
  await loginPatient(page, "dana@demo.test");
  await page.goto("/intake/photos");
  await page.locator('input[type="file"]').first().setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("this is just text") });
  await expect(page.getByRole("alert").filter({ hasText: "photo.png" })).toContainText("photo.png is not a photo or PDF we can accept");
  await expect(page.getByText("0 of 10 added")).toBeVisible();
});

test("the status page follows the consultation live and announces the change", async ({ page, baseURL }) => {
  const alice = await apiAs(baseURL!, "alice@demo.test");
  const lee = await apiAs(baseURL!, "dr.lee@demo.test");
  const created = await alice.post("/api/v1/consultations", { data: intakeBody({ chiefComplaint: "Earache on the left side for three days" }) });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  await loginAs(page, "alice@demo.test");
  await page.goto(`/consultations/${id}`);
  await expect(page.locator('[aria-current="step"]')).toContainText("Waiting for a clinician");
  await expect(page.getByText("This page updates by itself.")).toBeVisible();

  expect((await lee.post(`/api/v1/consultations/${id}/transitions`, { data: { to: "assigned" } })).status()).toBe(200);
  await expect(page.locator('[aria-current="step"]')).toContainText("A clinician has your request", { timeout: 15_000 });
  await expect(page.getByRole("status").filter({ hasText: "Update:" })).toHaveText("Update: A clinician has your request");
  await Promise.all([alice.dispose(), lee.dispose()]);
});
