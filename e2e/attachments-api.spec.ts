import { test, expect } from "./fixtures";
import { apiAs } from "./api";
import { tinyPdf } from "../server/test/test-images";

test("attachments API: type by content, size limit, private headers, owner-only access", async ({ baseURL }) => {
  // Carmen uploads (alice's intake is driven in intake.spec.ts, and unsent files would join her next request).
  const carmen = await apiAs(baseURL!, "carmen@demo.test");
  const alice = await apiAs(baseURL!, "alice@demo.test");

  let id: string | undefined;
  try {
    const pdf = await carmen.post("/api/v1/attachments", { multipart: { file: { name: "photo.jpg", mimeType: "image/jpeg", buffer: tinyPdf() } } });
    expect(pdf.status()).toBe(201);
    const created = await pdf.json();
    id = created.id;
    expect(created).toMatchObject({ mimeType: "application/pdf", originalName: "photo.jpg", hasThumbnail: false });

    const got = await carmen.get(`/api/v1/attachments/${created.id}`);
    expect(got.status()).toBe(200);
    expect(got.headers()).toMatchObject({ "content-type": "application/pdf", "cache-control": "private, no-store", "x-content-type-options": "nosniff" });
    expect(got.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect((await got.body()).subarray(0, 5).toString()).toBe("%PDF-");

    expect((await alice.get(`/api/v1/attachments/${created.id}`)).status()).toBe(404);
    expect((await alice.delete(`/api/v1/attachments/${created.id}`)).status()).toBe(404);

    const text = await carmen.post("/api/v1/attachments", { multipart: { file: { name: "photo.png", mimeType: "image/png", buffer: Buffer.from("not an image") } } });
    expect(text.status()).toBe(415);
    expect((await text.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");

    const big = await carmen.post("/api/v1/attachments", { multipart: { file: { name: "big.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(11 * 1024 * 1024, 0xff) } } });
    expect(big.status()).toBe(413);
    expect((await big.json()).error.code).toBe("PAYLOAD_TOO_LARGE");

    expect((await carmen.delete(`/api/v1/attachments/${created.id}`)).status()).toBe(204);
    expect((await carmen.get(`/api/v1/attachments/${created.id}`)).status()).toBe(404);
    id = undefined;
  } finally {
    if (id) await carmen.delete(`/api/v1/attachments/${id}`);
    await Promise.all([alice.dispose(), carmen.dispose()]);
  }
});
