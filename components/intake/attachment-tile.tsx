"use client";

import { useState } from "react";
import type { IntakeText } from "@/lib/i18n/intake";
import type { TAttachmentSummary } from "@/lib/schemas/attachments";

/** One uploaded file: a preview (or a document icon), its name and size, and Remove. */
export function AttachmentTile({ attachment: a, t, onRemove }: { attachment: TAttachmentSummary; t: IntakeText; onRemove?: () => void }) {
  const [removing, setRemoving] = useState(false);
  const name = a.originalName ?? (a.mimeType === "application/pdf" ? t.photos.pdf : t.photos.noPreview);
  return (
    <li className="flex items-center gap-3 rounded-card border border-line bg-white p-3">
      {a.hasThumbnail ? (
        // A plain <img>: the thumbnail route is authorised and audited; next/image would proxy and cache it.
        <img src={`/api/v1/attachments/${a.id}/thumbnail`} alt="" className="h-16 w-16 shrink-0 rounded object-cover" />
      ) : (
        <FileIcon pdf={a.mimeType === "application/pdf"} />
      )}
      <div className="min-w-0 flex-1">
        <p className="truncate font-semibold" title={name}>
          {name}
        </p>
        <p className="text-sm text-muted">
          {a.mimeType === "application/pdf" ? t.photos.pdf : a.hasThumbnail ? "" : t.photos.noPreview} {formatSize(a.sizeBytes)}
        </p>
      </div>
      {onRemove && (
        <button
          type="button"
          disabled={removing}
          onClick={async () => {
            setRemoving(true);
            await onRemove();
            setRemoving(false);
          }}
          className="min-h-11 shrink-0 px-2 font-semibold text-danger underline underline-offset-4"
        >
          {removing ? t.photos.removing : <><span aria-hidden>{t.medicines.remove}</span><span className="sr-only">{t.photos.remove(name)}</span></>}
        </button>
      )}
    </li>
  );
}

function FileIcon({ pdf }: { pdf: boolean }) {
  return (
    <span aria-hidden className="flex h-16 w-16 shrink-0 flex-col items-center justify-center rounded border-2 border-line bg-surface text-xs font-bold text-muted">
      <svg viewBox="0 0 24 24" className="h-7 w-7" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
        <path d="M14 3v5h5" />
      </svg>
      {pdf ? "PDF" : "HEIC"}
    </span>
  );
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
