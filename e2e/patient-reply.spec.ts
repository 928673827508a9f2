import sharp from "sharp";
import { test, expect, loginAs } from "./fixtures";
import { apiAs } from "./api";

test("a patient answers the clinician's question with a photo, and the review resumes", async ({ page, baseURL }) => {
  const sup = await apiAs(baseURL!, "sup.jones@demo.test");
  const list = await (await sup.get("/api/v1/consultations?status=requires_info&limit=100")).json();
  const c = list.items.find((i: { patient: { name: string } }) => i.patient.name === "Carmen Ruiz");
  expect(c, "seeded requires_info case for Carmen").toBeTruthy();

  await loginAs(page, "carmen@demo.test");
  await page.goto(`/consultations/${c.id}`);
  await expect(page.getByRole("heading", { name: "Su profesional tiene una pregunta" }).first()).toBeVisible();
  const photo = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#c33" } }).jpeg().toBuffer();
  await page.getByLabel("Añadir una foto o un PDF").setInputFiles({ name: "garganta.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByText("garganta.jpg")).toBeVisible();
  await page.getByLabel("Su respuesta").fill("No tengo fiebre. La tos empezó hace tres días.");
  await page.getByRole("button", { name: "Enviar respuesta" }).click();
  await expect.poll(async () => (await (await sup.get(`/api/v1/consultations/${c.id}`)).json()).status, { timeout: 10_000 }).toBe("in_review");
  const thread = await (await sup.get(`/api/v1/consultations/${c.id}/messages`)).json();
  expect(thread.items.at(-1)).toMatchObject({ senderRole: "patient", body: "No tengo fiebre. La tos empezó hace tres días." });
  await sup.dispose();
});
