import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_CONSULTATION } from "@/lib/attachments/attachment-rules";
import { db } from "../db/prisma";
import { makeWorld, patientActor, staffActor, testRequest } from "../test/fixtures";
import { hasGpsTag, jpegWithGps, tinyPdf, undecodableHeicWithGps } from "../test/test-images";
import { createAttachment } from "./create-attachment";
import { deleteAttachment } from "./delete-attachment";
import { readSealedFile, readStoredFile } from "./attachment-storage";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "av-storage-"));
process.env.STORAGE_DIR = storageDir;

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

async function expectAppError(p: Promise<unknown>, code: string, status: number) {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  expect((e as AppError).status).toBe(status);
  return e as AppError;
}

const smallPng = (i = 0) => sharp({ create: { width: 4, height: 4, channels: 3, background: { r: i, g: 0, b: 0 } } }).png().toBuffer();

beforeAll(async () => {
  w = await makeWorld();
});
afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

describe("createAttachment: type by content", () => {
  it("stores PDF bytes named photo.jpg as a PDF, without a thumbnail", async () => {
    const p = await w.patient();
    const a = await createAttachment(patientActor(p), { bytes: tinyPdf(), originalName: "photo.jpg" }, testRequest());
    expect(a).toMatchObject({ mimeType: "application/pdf", originalName: "photo.jpg", hasThumbnail: false, sizeBytes: tinyPdf().length });
    const row = await db.attachment.findUniqueOrThrow({ where: { id: a.id } });
    expect((await readStoredFile(row.storageKey)).equals(tinyPdf())).toBe(true);
  });

  it("refuses a text file named photo.png with 415, and stores nothing", async () => {
    const p = await w.patient();
    await expectAppError(createAttachment(patientActor(p), { bytes: Buffer.from("hello, this is not a photo"), originalName: "photo.png" }, testRequest()), "UNSUPPORTED_MEDIA_TYPE", 415);
    expect(await db.attachment.count({ where: { uploadedById: p.user.id } })).toBe(0);
  });

  it("refuses files over 10 MB with 413, and empty files with 400", async () => {
    const p = await w.patient();
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0xff);
    await expectAppError(createAttachment(patientActor(p), { bytes: big }, testRequest()), "PAYLOAD_TOO_LARGE", 413);
    await expectAppError(createAttachment(patientActor(p), { bytes: Buffer.alloc(0) }, testRequest()), "VALIDATION_FAILED", 400);
  });

  it("refuses staff: only patients upload", async () => {
    const lee = await w.provider();
    await expectAppError(createAttachment(staffActor(lee), { bytes: tinyPdf() }, testRequest()), "FORBIDDEN", 403);
  });
});

describe("createAttachment: metadata and storage", () => {
  it("removes Exif GPS and XMP from a JPEG, keeps the picture, and makes a 320 px WebP thumbnail", async () => {
    const p = await w.patient();
    const original = await jpegWithGps(1200, 900);
    expect(hasGpsTag((await sharp(original).metadata()).exif)).toBe(true);
    const a = await createAttachment(patientActor(p), { bytes: original, originalName: "rash.jpg" }, testRequest());
    expect(a).toMatchObject({ mimeType: "image/jpeg", hasThumbnail: true });
    const row = await db.attachment.findUniqueOrThrow({ where: { id: a.id } });
    const stored = await sharp(await readStoredFile(row.storageKey)).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
    expect([stored.format, stored.width, stored.height]).toEqual(["jpeg", 1200, 900]);
    const thumb = await sharp(await readStoredFile(row.thumbnailKey!)).metadata();
    expect(thumb.format).toBe("webp");
    expect(Math.max(thumb.width!, thumb.height!)).toBe(320);
    expect(thumb.exif).toBeUndefined();
  });

  it("encrypts at rest: the stored bytes are not the plaintext and do not contain it", async () => {
    const p = await w.patient();
    const a = await createAttachment(patientActor(p), { bytes: tinyPdf() }, testRequest());
    const row = await db.attachment.findUniqueOrThrow({ where: { id: a.id } });
    const sealed = await readSealedFile(row.storageKey);
    expect(sealed.equals(tinyPdf())).toBe(false);
    expect(sealed.includes("%PDF")).toBe(false);
    expect(sealed.length).toBe(tinyPdf().length + 28); // 12-byte IV + 16-byte GCM tag
    // Stored outside the web root, under STORAGE_DIR, named by a random key.
    expect(fs.existsSync(path.join(storageDir, row.storageKey.slice(0, 2), row.storageKey))).toBe(true);
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
  });

  it("keeps a HEIC the decoder cannot read only after blanking its Exif and XMP items", async () => {
    const p = await w.patient();
    const heic = await undecodableHeicWithGps();
    expect(heic.includes("TestCam")).toBe(true);
    const a = await createAttachment(patientActor(p), { bytes: heic, originalName: "IMG_0001.HEIC" }, testRequest());
    expect(a).toMatchObject({ mimeType: "image/heic", hasThumbnail: false });
    const stored = await readStoredFile((await db.attachment.findUniqueOrThrow({ where: { id: a.id } })).storageKey);
    expect(stored.length).toBe(heic.length);
    expect(stored.includes("TestCam")).toBe(false);
    expect(stored.includes("GPSLatitude")).toBe(false);
  });

  it("refuses a HEIC whose metadata cannot be located, with a clear message", async () => {
    const p = await w.patient();
    const broken = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic\0\0\0\0mif1heic"), Buffer.from("garbage that is not a box")]);
    const e = await expectAppError(createAttachment(patientActor(p), { bytes: broken }, testRequest()), "UNSUPPORTED_MEDIA_TYPE", 415);
    expect(e.message).toContain("location");
  });

  it("writes a CREATE audit row with the patient and no file name", async () => {
    const p = await w.patient();
    const a = await createAttachment(patientActor(p), { bytes: tinyPdf(), originalName: "letter from Dr Smith.pdf" }, testRequest());
    const audit = await db.auditLog.findFirstOrThrow({ where: { resourceType: "attachment", resourceId: a.id, action: "CREATE" } });
    expect(audit).toMatchObject({ actorId: p.user.id, patientId: p.patient.id, outcome: "allowed" });
    expect(JSON.stringify(audit.metadata)).not.toContain("Smith");
  });
});

describe("createAttachment: count limit", () => {
  it(`allows ${MAX_ATTACHMENTS_PER_CONSULTATION} unsent files, refuses the next with 422, and allows again after a removal`, async () => {
    const p = await w.patient();
    const actor = patientActor(p);
    const ids: string[] = [];
    for (let i = 0; i < MAX_ATTACHMENTS_PER_CONSULTATION; i++) ids.push((await createAttachment(actor, { bytes: await smallPng(i) }, testRequest())).id);
    await expectAppError(createAttachment(actor, { bytes: await smallPng(99) }, testRequest()), "GUARD_FAILED", 422);
    await deleteAttachment(actor, ids[0]!, testRequest());
    await expect(createAttachment(actor, { bytes: await smallPng(98) }, testRequest())).resolves.toMatchObject({ mimeType: "image/png" });
  });

  it("holds under parallel uploads (the count is re-checked under a lock)", async () => {
    const p = await w.patient();
    const actor = patientActor(p);
    const results = await Promise.allSettled(
      Array.from({ length: MAX_ATTACHMENTS_PER_CONSULTATION + 4 }, async (_, i) => createAttachment(actor, { bytes: await smallPng(i) }, testRequest())),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_ATTACHMENTS_PER_CONSULTATION);
    expect(await db.attachment.count({ where: { uploadedById: p.user.id } })).toBe(MAX_ATTACHMENTS_PER_CONSULTATION);
  });
});
