import type { TAttachmentSummary } from "@/lib/schemas/attachments";

export type UploadResult =
  | { ok: true; attachment: TAttachmentSummary }
  | { ok: false; reason: "tooLarge" | "unsupported" | "limit" | "network" | "generic" };

const REASONS: Record<number, "tooLarge" | "unsupported" | "limit"> = { 413: "tooLarge", 415: "unsupported", 422: "limit" };

/** POSTs one file as multipart (XMLHttpRequest, because fetch cannot report upload progress). */
export function uploadAttachment(file: File, onProgress: (percent: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/attachments");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      if (xhr.status === 201) return resolve({ ok: true, attachment: xhr.response as TAttachmentSummary });
      resolve({ ok: false, reason: REASONS[xhr.status] ?? "generic" });
    };
    xhr.onerror = () => resolve({ ok: false, reason: "network" });
    const body = new FormData();
    body.set("file", file);
    xhr.send(body);
  });
}
