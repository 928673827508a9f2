import type { RiskLevel } from "@/lib/consultations/statuses";

const STYLE: Record<RiskLevel, { cls: string; label: string; icon: string }> = {
  critical: { cls: "bg-danger text-white", label: "CRITICAL", icon: "▲" },
  high: { cls: "bg-warn text-white", label: "High", icon: "◆" },
  moderate: { cls: "bg-warn-light text-warn border border-warn", label: "Moderate", icon: "●" },
  low: { cls: "bg-ok-light text-ok border border-ok", label: "Low", icon: "○" },
};

/** Risk level as icon + text + colour (never colour alone). */
export function RiskBadge({ level }: { level: RiskLevel | null }) {
  if (!level) return <span className="text-sm text-muted">Not triaged</span>;
  const s = STYLE[level];
  return (
    <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-bold ${s.cls}`}>
      <span aria-hidden>{s.icon}</span>
      {s.label}
    </span>
  );
}
