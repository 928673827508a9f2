/** Small presentational pieces of the AI panel. */
import type { ButtonHTMLAttributes } from "react";
import { AI_REVIEW_CONFIDENCE } from "@/lib/schemas/ai";
import { AI_ENGINE_LABELS } from "@/lib/ai/ai-kinds";
import type { AiRequestView } from "@/lib/ai/ai-views";
import { Time } from "@/components/ui/time";
import { CheckIcon, StopIcon, WarningIcon } from "@/components/prescribing/icons";

/** The icon of AI content (same style as the app's other inline icons). */
export const SparkIcon = ({ className = "h-4 w-4" }: { className?: string }) => (
  <svg aria-hidden viewBox="0 0 24 24" className={`inline-block shrink-0 ${className}`} fill="currentColor">
    <path d="M12 2l1.9 5.6L19.5 9.5l-5.6 1.9L12 17l-1.9-5.6L4.5 9.5l5.6-1.9L12 2zm6.5 11l.9 2.6 2.6.9-2.6.9-.9 2.6-.9-2.6-2.6-.9 2.6-.9.9-2.6zM6 15l.7 1.8 1.8.7-1.8.7L6 20l-.7-1.8-1.8-.7 1.8-.7L6 15z" />
  </svg>
);

/** The "ask the AI" button: AI-coloured, so it is never mistaken for a clinical action. */
export function AiButton({ busy, children, className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { busy?: boolean }) {
  return (
    <button type="button" {...props} aria-busy={busy || undefined} disabled={props.disabled || busy}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-ai px-3 py-1.5 text-sm font-semibold text-white hover:bg-[#4a3289] disabled:cursor-not-allowed disabled:opacity-60 ${className}`}>
      {busy ? <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent" /> : <SparkIcon />}
      {children}
    </button>
  );
}

/** Confidence as a number and a bar, with the review threshold marked (UI.md: never colour alone). */
export function ConfidenceMeter({ value, label = "Confidence", size = "md" }: { value: number; label?: string; size?: "md" | "sm" }) {
  const pct = Math.round(value * 100);
  const low = value < AI_REVIEW_CONFIDENCE;
  return (
    <div className={`flex items-center gap-2 ${size === "sm" ? "text-xs" : "text-sm"}`}>
      {size === "md" && <span className="shrink-0 text-muted">{label}</span>}
      <span className="w-9 shrink-0 text-right font-bold tabular">{value.toFixed(2)}</span>
      <div
        role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={1} aria-valuenow={value} aria-valuetext={`${value.toFixed(2)} (${pct}%)`}
        className={`relative w-full overflow-hidden rounded-full bg-white ring-1 ring-ai/30 ${size === "sm" ? "h-1.5" : "h-2.5"}`}
      >
        <div className={`h-full rounded-full ${low ? "bg-ai/60" : "bg-ai"}`} style={{ width: `${pct}%` }} />
        {size === "md" && <div aria-hidden className="absolute top-0 h-full w-0.5 bg-ink/50" style={{ left: `${AI_REVIEW_CONFIDENCE * 100}%` }} title={`Review threshold ${AI_REVIEW_CONFIDENCE}`} />}
      </div>
    </div>
  );
}

const SAFETY = {
  recommended: { cls: "border-ok bg-ok-light text-ok", label: "Passed safety checks", Icon: CheckIcon },
  check: { cls: "border-warn bg-warn-light text-warn", label: "Check incomplete", Icon: WarningIcon },
  flagged: { cls: "border-danger bg-danger-light text-danger-dark", label: "Unsafe — not recommended", Icon: StopIcon },
} as const;

export function SafetyBadge({ status }: { status: keyof typeof SAFETY }) {
  const s = SAFETY[status];
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-bold ${s.cls}`}>
      <s.Icon className="h-3.5 w-3.5" />
      {s.label}
    </span>
  );
}

/** Queued or running: a spinner and what is happening. */
export function InFlight({ item, engineLabel }: { item: AiRequestView; engineLabel: string }) {
  return (
    <p className="flex items-center gap-2 rounded border border-ai/30 bg-white p-3 text-sm">
      <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-ai border-t-transparent" />
      <span>{item.status === "queued" ? "Queued" : "Generating"} with the {engineLabel}… <span className="text-muted">You can keep working.</span></span>
    </p>
  );
}

/** Unavailable or failed: the manual workflow continues (UI.md: never a broken page). */
export function DegradedNotice({ item, onRetry, busy }: { item: AiRequestView; onRetry?: () => void; busy?: boolean }) {
  return (
    <div role="status" className="rounded border-l-4 border-warn bg-warn-light p-3 text-sm">
      <p className="flex items-center gap-1.5 font-semibold"><WarningIcon className="h-4 w-4 text-warn" />{item.notice?.message}</p>
      {item.notice?.detail && <p className="mt-0.5 text-muted">{item.notice.detail}</p>}
      {onRetry && <button type="button" onClick={onRetry} disabled={busy} className="mt-1 min-h-9 font-semibold text-brand underline disabled:opacity-50">Try again</button>}
    </div>
  );
}

/** Provenance of a draft: engine, model, prompt version, age. */
export function DraftMeta({ item }: { item: AiRequestView }) {
  return (
    <p className="mt-1 text-xs text-muted">
      {item.engine ? AI_ENGINE_LABELS[item.engine] : "AI"}
      {item.model ? ` · ${item.model}` : ""} · {item.promptVersion}
      {item.deidentified ? " · de-identified input" : ""} · <Time date={item.finishedAt ?? item.createdAt} />
    </p>
  );
}
