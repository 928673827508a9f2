import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { CONSENT_VERSION, ZIntake } from "@/lib/schemas/intake";
import { db } from "../db/prisma";
import { makeWorld, patientActor, staffActor, testRequest } from "../test/fixtures";
import { jpegWithGps, tinyPdf } from "../test/test-images";
import { submitIntake } from "../intake/submit-intake";
import { createAttachment } from "./create-attachment";
import { deleteAttachment } from "./delete-attachment";
import { getAttachmentContent } from "./get-attachment-content";
import { findPendingAttachments } from "./find-pending-attachments";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "av-storage-"));
process.env.STORAGE_DIR = storageDir;

type World = Awaited<ReturnType<typeof makeWorld>>;
type PatientUser = Awaited<ReturnType<World["patient"]>>;
let w: World;
let alice: PatientUser;
let mallory: PatientUser;

async function expectAppError(p: Promise<unknown>, code: string) {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

const audits = (resourceId: string, action: string, outcome: "allowed" | "denied") =>
  db.auditLog.findMany({ where: { resourceType: "attachment", resourceId, action, outcome } });

async function submitWith(p: PatientUser, attachmentIds: string[]) {
  const intake = ZIntake.parse({
    consultationType: "family_medicine", chiefComplaint: "Itchy rash on my arm", onset: "1_3_days", severity: 3,
    attachmentIds, consent: { accepted: true, version: CONSENT_VERSION },
  });
  return (await submitIntake(patientActor(p), intake, testRequest())).consultation;
}

beforeAll(async () => {
  w = await makeWorld();
  alice = await w.patient();
  mallory = await w.patient();
});
afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

describe("getAttachmentContent before the file is sent", () => {
  it("lets the uploader read the file and its thumbnail, and audits each read", async () => {
    const a = await createAttachment(patientActor(alice), { bytes: await jpegWithGps() }, testRequest());
    const file = await getAttachmentContent(patientActor(alice), a.id, "original", testRequest());
    expect(file.mimeType).toBe("image/jpeg");
    expect(file.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const thumb = await getAttachmentContent(patientActor(alice), a.id, "thumbnail", testRequest());
    expect(thumb.mimeType).toBe("image/webp");
    const reads = await audits(a.id, "READ", "allowed");
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ actorId: alice.user.id, patientId: alice.patient.id });
  });

  it("answers 404 to another patient and to staff (no hint that it exists), and audits the denial", async () => {
    const a = await createAttachment(patientActor(alice), { bytes: tinyPdf() }, testRequest());
    await expectAppError(getAttachmentContent(patientActor(mallory), a.id, "original", testRequest()), "NOT_FOUND");
    await expectAppError(getAttachmentContent(staffActor(await w.staff({ role: "supervisor" })), a.id, "original", testRequest()), "NOT_FOUND");
    expect(await audits(a.id, "READ", "denied")).toHaveLength(2);
  });

  it("has no thumbnail for a PDF, and 404s a malformed or unknown id", async () => {
    const a = await createAttachment(patientActor(alice), { bytes: tinyPdf() }, testRequest());
    await expectAppError(getAttachmentContent(patientActor(alice), a.id, "thumbnail", testRequest()), "NOT_FOUND");
    await expectAppError(getAttachmentContent(patientActor(alice), "../../etc/passwd", "original", testRequest()), "NOT_FOUND");
    await expectAppError(getAttachmentContent(patientActor(alice), crypto.randomUUID(), "original", testRequest()), "NOT_FOUND");
  });
});

describe("getAttachmentContent once linked to a consultation", () => {
  it("follows the consultation policy: owner and supervisor yes, another patient and an unassigned provider no", async () => {
    const p = await w.patient();
    const a = await createAttachment(patientActor(p), { bytes: tinyPdf() }, testRequest());
    const c = await submitWith(p, [a.id]);
    expect((await db.attachment.findUniqueOrThrow({ where: { id: a.id } })).consultationId).toBe(c.id);
    await expect(getAttachmentContent(patientActor(p), a.id, "original", testRequest())).resolves.toMatchObject({ mimeType: "application/pdf" });
    const sup = staffActor(await w.staff({ role: "supervisor" }));
    await expect(getAttachmentContent(sup, a.id, "original", testRequest())).resolves.toMatchObject({ mimeType: "application/pdf" });
    await expectAppError(getAttachmentContent(patientActor(mallory), a.id, "original", testRequest()), "FORBIDDEN");
    await expectAppError(getAttachmentContent(staffActor(await w.provider()), a.id, "original", testRequest()), "FORBIDDEN");
    const read = await db.auditLog.findFirstOrThrow({ where: { resourceType: "attachment", resourceId: a.id, actorId: sup.userId } });
    expect(read).toMatchObject({ action: "READ", outcome: "allowed", patientId: p.patient.id });
  });
});

describe("deleteAttachment", () => {
  it("removes an unsent file, its stored bytes and its thumbnail, with a DELETE audit row", async () => {
    const a = await createAttachment(patientActor(alice), { bytes: await jpegWithGps() }, testRequest());
    const row = await db.attachment.findUniqueOrThrow({ where: { id: a.id } });
    await deleteAttachment(patientActor(alice), a.id, testRequest());
    expect(await db.attachment.findUnique({ where: { id: a.id } })).toBeNull();
    for (const key of [row.storageKey, row.thumbnailKey!]) expect(fs.existsSync(path.join(storageDir, key.slice(0, 2), key))).toBe(false);
    expect(await audits(a.id, "DELETE", "allowed")).toHaveLength(1);
  });

  it("refuses another patient (404) and a file already sent (422)", async () => {
    const p = await w.patient();
    const a = await createAttachment(patientActor(p), { bytes: tinyPdf() }, testRequest());
    await expectAppError(deleteAttachment(patientActor(mallory), a.id, testRequest()), "NOT_FOUND");
    await submitWith(p, [a.id]);
    await expectAppError(deleteAttachment(patientActor(p), a.id, testRequest()), "GUARD_FAILED");
    expect(await db.attachment.findUnique({ where: { id: a.id } })).not.toBeNull();
  });
});

describe("findPendingAttachments", () => {
  it("lists only the patient's own unsent files, oldest first", async () => {
    const p = await w.patient();
    const first = await createAttachment(patientActor(p), { bytes: tinyPdf(), originalName: "a.pdf" }, testRequest());
    const second = await createAttachment(patientActor(p), { bytes: tinyPdf(), originalName: "b.pdf" }, testRequest());
    const sent = await createAttachment(patientActor(p), { bytes: tinyPdf() }, testRequest());
    await submitWith(p, [sent.id]);
    expect((await findPendingAttachments(patientActor(p))).map((x) => x.id)).toEqual([first.id, second.id]);
    expect(await findPendingAttachments(patientActor(mallory))).not.toContainEqual(expect.objectContaining({ id: first.id }));
  });
});
