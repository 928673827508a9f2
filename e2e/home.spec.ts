import { test, expect, loginAs } from "./fixtures";

test("the home page loads and explains the service", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "See a clinician without an appointment" })).toBeVisible();
  await expect(page.getByText("Is it an emergency?")).toBeVisible();
});

test("a patient signs in and lands on their consultations", async ({ page }) => {
  await loginAs(page, "alice@demo.test");
  await expect(page).toHaveURL(/\/consultations$/);
  await expect(page.getByRole("heading", { level: 1, name: "My consultations" })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email address").fill("alice@demo.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The email address or password is not right");
});

test("a provider signs in with a TOTP code and lands on the queue", async ({ page }) => {
  await loginAs(page, "dr.lee@demo.test");
  await expect(page).toHaveURL(/\/queue$/);
});
