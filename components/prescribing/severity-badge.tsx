import type { ReactNode } from "react";
import type { FindingSeverity } from "@/lib/prescriptions/safety-findings";
import { InfoIcon, StopIcon, WarningIcon } from "./icons";

const STYLE: Record<FindingSeverity, { cls: string; icon: ReactNode; label: string }> = {
  critical: { cls: "bg-danger text-white", icon: <StopIcon className="h-3.5 w-3.5" />, label: "Critical" },
  major: { cls: "bg-danger-light text-danger-dark border border-danger", icon: <WarningIcon className="h-3.5 w-3.5" />, label: "Major" },
  moderate: { cls: "bg-warn-light text-warn border border-warn", icon: <WarningIcon className="h-3.5 w-3.5" />, label: "Moderate" },
  minor: { cls: "bg-surface text-muted border border-line", icon: <InfoIcon className="h-3.5 w-3.5" />, label: "Minor" },
};

/** Severity as text plus icon, never colour alone (UI.md). */
export function SeverityBadge({ severity, blocking }: { severity: FindingSeverity; blocking?: boolean }) {
  const s = STYLE[severity];
  return (
    <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-bold uppercase tracking-wide ${s.cls}`}>
      {s.icon}
      {s.label}
      {blocking ? " · contraindicated" : ""}
    </span>
  );
}
