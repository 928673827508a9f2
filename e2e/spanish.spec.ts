import { test, expect, loginAs } from "./fixtures";

test("a Spanish-speaking patient sees the patient pages in Spanish", async ({ page }) => {
  await loginAs(page, "carmen@demo.test");
  await expect(page).toHaveURL(/\/consultations$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mis consultas" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nueva consulta", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
  await page.getByRole("link", { name: "Tos y dolor de garganta desde hace tres días" }).first().click();
  await expect(page.getByRole("heading", { name: "Progreso" })).toBeVisible();
  await expect(page.getByText("Recibimos su solicitud")).toBeVisible();
});
