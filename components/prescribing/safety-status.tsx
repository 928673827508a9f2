import type { SafetyFindingView } from "@/lib/prescriptions/safety-findings";
import type { TMedicationSafetyCheckResult } from "@/lib/schemas/medication-safety";
import { CheckIcon, StopIcon, WarningIcon } from "./icons";

/** One live-region line saying where the safety check stands, with a way back to the dialog. */
export function SafetyStatus({ checking, error, result, interruptive, lesserCount, overridden, onReview }: {
  checking: boolean;
  error: string | null;
  result: TMedicationSafetyCheckResult | null;
  interruptive: SafetyFindingView[];
  /** Moderate/minor findings listed below the status line. */
  lesserCount: number;
  overridden: boolean;
  onReview: () => void;
}) {
  let body: React.ReactNode = null;
  let tone = "border-line bg-surface";
  if (checking) body = <span>Checking interactions, allergies and doses…</span>;
  else if (error) {
    tone = "border-warn bg-warn-light";
    body = <span>The live safety check is unavailable ({error}). The server checks again when you approve.</span>;
  } else if (result && interruptive.length > 0) {
    tone = overridden ? "border-warn bg-warn-light" : "border-danger bg-danger-light";
    body = (
      <span className="flex flex-wrap items-center justify-between gap-2">
        <strong className={overridden ? "" : "text-danger-dark"}>
          {overridden ? <WarningIcon className="mr-1 h-4 w-4 align-[-2px]" /> : <StopIcon className="mr-1 h-4 w-4 align-[-2px]" />}
          {overridden ? `Override recorded for ${interruptive.length} warning${interruptive.length === 1 ? "" : "s"}` : `${interruptive.length} safety warning${interruptive.length === 1 ? "" : "s"} need${interruptive.length === 1 ? "s" : ""} your decision`}
        </strong>
        <button type="button" onClick={onReview} className="font-semibold text-brand underline underline-offset-4">{overridden ? "Review" : "Review warnings"}</button>
      </span>
    );
  } else if (result && !result.requiresOverride) {
    tone = "border-ok bg-ok-light";
    body = <span><CheckIcon className="mr-1 h-4 w-4 align-[-2px] text-ok" /><strong>{lesserCount ? "No serious problems found" : "No interaction, allergy or dose problems found"}</strong>{lesserCount ? ` — ${lesserCount} minor note${lesserCount === 1 ? "" : "s"} below` : ""} <span className="block text-xs text-muted">Rules {result.ruleSetVersion}</span></span>;
  } else if (result) {
    tone = "border-warn bg-warn-light";
    body = <span><WarningIcon className="mr-1 h-4 w-4 align-[-2px] text-warn" /><strong>Checked with gaps</strong> — see below.</span>;
  }
  return (
    <div role="status" aria-live="polite" className={body ? `rounded border-l-4 p-2 text-sm ${tone}` : "sr-only"}>
      {body}
    </div>
  );
}
