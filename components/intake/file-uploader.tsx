"use client";

import { useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { MAX_ATTACHMENTS_PER_CONSULTATION } from "@/lib/attachments/attachment-rules";
import type { IntakeText } from "@/lib/i18n/intake";
import type { TAttachmentSummary } from "@/lib/schemas/attachments";
import { uploadAttachment } from "./upload-attachment";
import { AttachmentTile } from "./attachment-tile";

/**
 * Photos and documents for the request. Each file goes to POST
 * /api/v1/attachments as soon as it is picked (one at a time, with progress),
 * so nothing is lost on reload; the server keeps the list, not the page.
 * On phones a second button opens the camera directly.
 */
export function FileUploader({ t, initial }: { t: IntakeText; initial: TAttachmentSummary[] }) {
  const p = t.photos;
  const [files, setFiles] = useState(initial);
  const [busy, setBusy] = useState<{ name: string; percent: number } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [announce, setAnnounce] = useState("");
  const pickRef = useRef<HTMLInputElement>(null);
  const full = files.length >= MAX_ATTACHMENTS_PER_CONSULTATION;

  async function add(list: FileList | null) {
    if (!list?.length) return;
    const problems: string[] = [];
    let count = files.length;
    for (const file of Array.from(list)) {
      if (count >= MAX_ATTACHMENTS_PER_CONSULTATION) {
        problems.push(`${file.name} ${p.errors.limit}`);
        continue;
      }
      setBusy({ name: file.name, percent: 0 });
      const res = await uploadAttachment(file, (percent) => setBusy({ name: file.name, percent }));
      if (res.ok) {
        count++;
        setFiles((f) => [...f, res.attachment]);
        setAnnounce(p.uploaded(file.name));
      } else {
        problems.push(`${file.name} ${p.errors[res.reason]}`);
      }
    }
    setBusy(null);
    setErrors(problems);
    if (pickRef.current) pickRef.current.value = "";
  }

  async function remove(a: TAttachmentSummary) {
    const res = await fetch(`/api/v1/attachments/${a.id}`, { method: "DELETE" }).catch(() => null);
    // 404: already gone (removed in another tab); the list should match the server either way.
    if (res && (res.ok || res.status === 404)) {
      setFiles((f) => f.filter((x) => x.id !== a.id));
      setAnnounce(p.removed(a.originalName ?? ""));
      setErrors([]);
    } else {
      setErrors([`${a.originalName ?? ""} ${p.errors.network}`]);
    }
  }

  const pickerClass = `${buttonClass("secondary")} cursor-pointer focus-within:outline-3 focus-within:outline-ink focus-within:shadow-[0_0_0_6px_var(--color-focus)] ${full || busy ? "pointer-events-none opacity-50" : ""}`;
  return (
    <div>
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      {errors.length > 0 && (
        <div id="attachments" role="alert" tabIndex={-1} className="mb-4 border-l-4 border-danger bg-white p-3">
          {errors.map((e) => (
            <p key={e} className="font-semibold text-danger">
              {e}
            </p>
          ))}
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <label className={pickerClass}>
          <input ref={pickRef} type="file" multiple accept="image/*,application/pdf,.heic,.heif" className="sr-only" disabled={full || !!busy} aria-describedby="photos-hint" onChange={(e) => add(e.target.files)} />
          {p.choose}
        </label>
        {/* Phones only: `capture` opens the camera straight away (desktop browsers ignore it, so the button would be a duplicate). */}
        <div className="hidden pointer-coarse:block">
          <label className={pickerClass}>
            <input type="file" accept="image/*" capture="environment" className="sr-only" disabled={full || !!busy} onChange={(e) => add(e.target.files)} />
            {p.takePhoto}
          </label>
        </div>
      </div>
      {busy && (
        <div className="mt-4" role="status">
          <p className="font-semibold">{p.uploading(busy.name)}</p>
          <progress className="mt-1 h-3 w-full accent-brand" max={100} value={busy.percent}>
            {busy.percent}%
          </progress>
        </div>
      )}
      <p className="mt-4 text-muted">{p.count(files.length, MAX_ATTACHMENTS_PER_CONSULTATION)}</p>
      {files.length === 0 ? (
        <p className="mt-2">{p.none}</p>
      ) : (
        <ul className="mt-3 grid gap-3">
          {files.map((a) => (
            <AttachmentTile key={a.id} attachment={a} t={t} onRemove={() => remove(a)} />
          ))}
        </ul>
      )}
    </div>
  );
}
