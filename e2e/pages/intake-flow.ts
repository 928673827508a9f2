import { expect, type Page } from "@playwright/test";

/** Page object for the patient intake (/intake/*), in English. */
export class IntakeFlow {
  constructor(readonly page: Page) {}

  async start() {
    await this.page.goto("/intake");
    await expect(this.page).toHaveURL(/\/intake\/reason$/);
  }

  async continue(expectPath?: RegExp) {
    await this.page.getByRole("button", { name: "Continue" }).click();
    if (expectPath) await expect(this.page).toHaveURL(expectPath);
  }

  group(name: string | RegExp) {
    return this.page.getByRole("group", { name });
  }

  async reason(label: string) {
    await this.page.getByLabel(label).check();
    await this.continue(/\/intake\/symptoms$/);
  }

  async symptoms(complaint: string, picks: string[] = []) {
    await this.page.getByLabel("What is the main problem?").fill(complaint);
    for (const p of picks) await this.page.getByLabel(p, { exact: true }).check();
    await this.continue(/\/intake\/timing$/);
  }

  async timing(onset: string, severity: number) {
    await this.page.getByLabel(onset).check();
    await this.group(/How bad is it/).getByText(String(severity), { exact: true }).click();
    await this.continue(/\/intake\/readings$/);
  }

  async readings(r: { temperature?: string; unit?: "°C (Celsius)" | "°F (Fahrenheit)"; heartRate?: string } = {}) {
    if (r.unit) await this.page.getByLabel(r.unit).check();
    if (r.temperature) await this.page.getByLabel("Temperature", { exact: true }).fill(r.temperature);
    if (r.heartRate) await this.page.getByLabel("Heart rate (pulse)").fill(r.heartRate);
    await this.continue(/\/intake\/medicines$/);
  }

  async noMedicinesNoAllergies() {
    await this.group("Do you take any medicines?").getByLabel("No", { exact: true }).check();
    await this.group("Do you have any allergies?").getByLabel("No, I have no known allergies").check();
    await this.continue(/\/intake\/about-you$/);
  }

  async oneMedicineOneAllergy(medicine: { name: string; dose: string }, allergy: string) {
    await this.group("Do you take any medicines?").getByLabel("Yes", { exact: true }).check();
    await this.page.locator("#medications-0-name").fill(medicine.name);
    await this.page.locator("#medications-0-dose").fill(medicine.dose);
    await this.group("Do you have any allergies?").getByLabel("Yes", { exact: true }).check();
    await this.continue();
    // An empty allergy entry is refused with a message that says what to enter.
    await expect(this.page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter what you are allergic to");
    await this.page.locator("#allergies-0-substance").fill(allergy);
    await this.continue(/\/intake\/about-you$/);
  }

  async aboutYou(pregnancy?: string) {
    if (pregnancy) await this.group(/pregnant/).getByLabel(pregnancy, { exact: true }).check();
    await this.continue(/\/intake\/photos$/);
  }

  async consent() {
    await this.page.getByLabel(/I agree to have my request reviewed online/).check();
    await this.continue(/\/intake\/check$/);
  }

  /** Sends the request; `double` double-clicks, as an anxious patient might. */
  async send(double = false) {
    const button = this.page.getByRole("button", { name: "Send my request" });
    await (double ? button.dblclick() : button.click());
    await expect(this.page).toHaveURL(/\/consultations\/[0-9a-f-]{36}\?submitted=1$/);
    return this.page.url().match(/consultations\/([0-9a-f-]{36})/)![1]!;
  }
}
