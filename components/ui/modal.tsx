"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A modal dialog on the native <dialog> element: focus moves into it and is trapped by the
 * browser, the page behind is inert, and Escape calls `onCancel` (which must be a safe choice:
 * a blocking safety dialog maps it to "change the prescription", never to "override").
 */
export function Modal({ open, onCancel, labelledBy, describedBy, tone = "default", children, className = "" }: {
  open: boolean;
  onCancel: () => void;
  labelledBy: string;
  describedBy?: string;
  tone?: "default" | "danger";
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const border = tone === "danger" ? "border-t-8 border-danger" : "border-t-8 border-brand";
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className={`m-auto w-[min(44rem,calc(100vw-2rem))] max-h-[calc(100vh-2rem)] overflow-y-auto rounded-card bg-white p-0 text-ink shadow-2xl backdrop:bg-ink/60 ${border} ${className}`}
    >
      {open && <div className="p-5">{children}</div>}
    </dialog>
  );
}
