"use client";

import { useState } from "react";
import type { SafetyFindingView } from "@/lib/prescriptions/safety-findings";
import { SeverityBadge } from "./severity-badge";

export interface Dismissal {
  id: string;
  reason: string;
}

const REASONS = ["Benefit outweighs the risk", "Patient already tolerates this combination", "Will monitor the patient", "Not clinically relevant here"];

/**
 * Lesser findings (moderate/minor, not interrupting) shown inline; each can be dismissed with
 * a reason, which is stored with the decision-support log when the prescription is approved.
 */
export function InlineFindings({ findings, dismissed, onDismiss, onUndo }: {
  findings: SafetyFindingView[];
  dismissed: Dismissal[];
  onDismiss: (d: Dismissal) => void;
  onUndo: (id: string) => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const [reason, setReason] = useState(REASONS[0]!);
  if (findings.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="Other safety findings">
      {findings.map((f) => {
        const d = dismissed.find((x) => x.id === f.id);
        if (d) {
          return (
            <li key={f.id} className="flex items-center justify-between gap-2 rounded border border-line bg-surface px-2 py-1 text-sm text-muted">
              <span><s>{f.title}</s> — dismissed: {d.reason}</span>
              <button type="button" className="font-semibold text-brand underline" onClick={() => onUndo(f.id)}>Undo</button>
            </li>
          );
        }
        return (
          <li key={f.id} className="rounded border border-line bg-white p-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <SeverityBadge severity={f.severity} />
              <strong>{f.title}</strong>
            </div>
            <p className="mt-1">{f.effect}</p>
            <p className="text-muted">{f.management}</p>
            {open === f.id ? (
              <form className="mt-2 flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); onDismiss({ id: f.id, reason }); setOpen(null); }}>
                <label className="text-sm font-semibold">Reason
                  <select value={reason} onChange={(e) => setReason(e.target.value)} className="mt-1 block min-h-11 rounded-md border-2 border-ink/70 bg-white px-2 font-normal">
                    {REASONS.map((r) => <option key={r}>{r}</option>)}
                  </select>
                </label>
                <button type="submit" className="min-h-11 rounded-md border-2 border-brand px-3 font-semibold text-brand">Dismiss</button>
                <button type="button" className="min-h-11 px-2 text-brand underline" onClick={() => setOpen(null)}>Cancel</button>
              </form>
            ) : (
              <button type="button" className="mt-1 font-semibold text-brand underline underline-offset-4" onClick={() => setOpen(f.id)}>Dismiss with a reason</button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
