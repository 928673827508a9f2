"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { uploadAttachment } from "@/components/intake/upload-attachment";

export interface ComposerFileText {
  add: string;
  remove: string;
  uploading: string;
  /** "{name}" is replaced by the file name (a plain string: this prop comes from server components). */
  failed: string;
}

/**
 * Sends a secure message (POST /api/v1/consultations/:id/messages). Used by
 * clinicians and by patients; a patient's reply to a question resumes the review.
 */
export function MessageComposer({ consultationId, label, hint, submitLabel, id = "message-body", allowCritical, files: fileText }: {
  consultationId: string; label: string; hint?: string; submitLabel: string; id?: string; allowCritical?: boolean;
  /** Lets the sender attach photos or PDFs (patients replying to a question). */
  files?: ComposerFileText;
}) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [critical, setCritical] = useState(false);
  const [attached, setAttached] = useState<{ id: string; name: string }[]>([]);
  const [uploading, setUploading] = useState(false);
  const [pending, start] = useTransition();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return setError("Write your message first.");
        start(async () => {
          const res = await fetch(`/api/v1/consultations/${consultationId}/messages`, {
            method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ body, ...(critical && { priority: "critical", readReceiptRequired: true }), ...(attached.length && { attachmentIds: attached.map((a) => a.id) }) }),
          });
          if (res.ok) {
            setBody("");
            setCritical(false);
            setAttached([]);
            setError(null);
            setSent(true);
            router.refresh();
          } else setError((await res.json().catch(() => null))?.error?.message ?? "Your message was not sent. Try again.");
        });
      }}
    >
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint && <p className="text-sm text-muted">{hint}</p>}
      {error && <p role="alert" className="mt-1 text-sm font-semibold text-danger">{error}</p>}
      <textarea id={id} value={body} onChange={(e) => { setBody(e.target.value); setSent(false); }} className="mt-1 block min-h-24 w-full rounded-md border-2 border-ink/70 bg-white p-2" />
      {fileText && (
        <div className="mt-2">
          <label className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand underline">
            {uploading ? fileText.uploading : fileText.add}
            <input type="file" accept="image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf" className="sr-only" disabled={uploading}
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (!file) return;
                setUploading(true);
                const r = await uploadAttachment(file, () => undefined);
                setUploading(false);
                if (r.ok) setAttached((a) => [...a, { id: r.attachment.id, name: file.name }]);
                else setError(fileText.failed.replace("{name}", file.name));
              }} />
          </label>
          {attached.length > 0 && (
            <ul className="mt-1 space-y-1 text-sm">
              {attached.map((a) => (
                <li key={a.id} className="flex items-center gap-2">📎 {a.name}
                  <button type="button" className="text-brand underline" onClick={() => setAttached((x) => x.filter((y) => y.id !== a.id))}>{fileText.remove}</button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {allowCritical && (
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={critical} onChange={(e) => setCritical(e.target.checked)} className="h-4 w-4" />
          Critical: the patient must confirm they have read it (re-sent after 30 min, escalated after 2 h)
        </label>
      )}
      <div className="mt-2 flex items-center gap-3">
        <Button type="submit" size="sm" busy={pending}>{submitLabel}</Button>
        {sent && <span role="status" className="text-sm text-ok">Sent</span>}
      </div>
    </form>
  );
}
