"use client";

import { RiskBadge } from "@/components/consultations/risk-badge";
import { consultationTypeLabel } from "@/lib/consultations/consultation-types";
import { relativeTime } from "@/components/ui/time";
import { SlaCountdown } from "./sla-countdown";
import type { QueueItem } from "./use-queue";

interface Action {
  label: string;
  busy: boolean;
  run: () => void;
  disabledReason?: string;
}

export function QueueRow({ item, active, highlight, onOpen, action }: { item: QueueItem; active: boolean; highlight: boolean; onOpen: (id: string) => void; action?: Action }) {
  return (
    <tr aria-selected={active} className={`border-t border-line ${active ? "outline outline-2 -outline-offset-2 outline-brand" : ""} ${highlight ? "bg-warn-light/60" : "hover:bg-brand-light/40"}`}>
      <td className="px-3 py-2"><RiskBadge level={item.clinicalRiskLevel} />{item.requiresSynchronousVisit && <span className="mt-1 block text-xs font-bold text-danger">Sync visit</span>}</td>
      <td className="whitespace-nowrap px-3 py-2"><SlaCountdown dueAt={item.slaDueAt} paused={item.status === "requires_info"} /></td>
      <td className="px-3 py-2">{consultationTypeLabel(item.consultationType)}</td>
      <td className="max-w-md px-3 py-2">
        <a href={`/review/${item.id}`} onClick={(e) => { e.preventDefault(); onOpen(item.id); }} className="font-semibold text-brand underline-offset-2 hover:underline">
          {item.chiefComplaint}
        </a>
        <div className="mt-0.5 flex flex-wrap gap-1">
          {item.redFlagIndicators.map((f) => (
            <span key={f} className="rounded bg-danger-light px-1.5 text-xs font-semibold text-danger-dark">⚑ {f.replace(/_/g, " ")}</span>
          ))}
          {item.translationRequired && <span className="rounded bg-brand-light px-1.5 text-xs font-semibold text-brand-dark">{item.patientLanguagePreference.toUpperCase()}</span>}
        </div>
      </td>
      <td className="px-3 py-2">{item.news2Total ?? "—"}</td>
      <td className="px-3 py-2">{item.triageScore ?? "—"}</td>
      <td className="whitespace-nowrap px-3 py-2">{item.patientAge} {item.patientSex?.[0]?.toUpperCase()}</td>
      <td className="whitespace-nowrap px-3 py-2" title={new Date(item.submittedAt).toLocaleString()}>{relativeTime(new Date(item.submittedAt))}</td>
      <td className="px-3 py-2">
        {action ? (
          <button onClick={action.run} disabled={action.busy || !!action.disabledReason} title={action.disabledReason} aria-label={`${action.label} ${item.reference}`}
            className="min-h-9 rounded bg-ok px-3 font-semibold text-white disabled:cursor-not-allowed disabled:bg-muted/40">
            {action.busy ? "…" : action.label}
          </button>
        ) : (
          <span className="capitalize">{item.status.replace(/_/g, " ")}</span>
        )}
      </td>
    </tr>
  );
}
