import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/attachment-rules";
import { readUploadForm } from "./read-upload-form";

async function codeOf(p: Promise<unknown>) {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).code;
}

const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/attachments", { method: "POST", body, headers });

describe("readUploadForm", () => {
  it("keeps the boundary's case (browsers use mixed-case boundaries)", async () => {
    const boundary = "----WebKitFormBoundaryAbCdEf";
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${boundary}--\r\n`;
    const file = await readUploadForm(upload(body, { "content-type": `multipart/form-data; boundary=${boundary}` }));
    expect(file.bytes.toString()).toBe("%PDF-1.4");
  });

  it("reads the file field with its name", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array([1, 2, 3])], "photo.jpg", { type: "image/jpeg" }));
    const file = await readUploadForm(upload(form));
    expect(file.originalName).toBe("photo.jpg");
    expect([...file.bytes]).toEqual([1, 2, 3]);
  });

  it("refuses a declared Content-Length over the limit before reading the body (413)", async () => {
    const req = upload("x", { "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_ATTACHMENT_BYTES * 2) });
    expect(await codeOf(readUploadForm(req))).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a file over the limit even when the length header is missing or lies (413)", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], "big.jpg"));
    expect(await codeOf(readUploadForm(upload(form)))).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a non-multipart body (415), a missing file field and a malformed body (400)", async () => {
    expect(await codeOf(readUploadForm(upload("{}", { "content-type": "application/json" })))).toBe("UNSUPPORTED_MEDIA_TYPE");
    const form = new FormData();
    form.set("other", "value");
    expect(await codeOf(readUploadForm(upload(form)))).toBe("VALIDATION_FAILED");
    expect(await codeOf(readUploadForm(upload("--nope", { "content-type": "multipart/form-data; boundary=zzz" })))).toBe("VALIDATION_FAILED");
  });
});

describe("readUploadForm without a usable length", () => {
  it("stops reading a streamed body past the cap (413)", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += 1024 * 1024;
        c.enqueue(new Uint8Array(1024 * 1024));
        if (sent > 64 * 1024 * 1024) c.close();
      },
    });
    const req = new Request("http://localhost/api/v1/attachments", {
      method: "POST", body: stream, headers: { "content-type": "multipart/form-data; boundary=x" }, duplex: "half",
    } as RequestInit);
    expect(await codeOf(readUploadForm(req))).toBe("PAYLOAD_TOO_LARGE");
    expect(sent).toBeLessThan(MAX_ATTACHMENT_BYTES + 3 * 1024 * 1024);
  });
});
