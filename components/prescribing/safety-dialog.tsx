"use client";

import { useState } from "react";
import type { SafetyFindingView } from "@/lib/prescriptions/safety-findings";
import { MIN_OVERRIDE_RATIONALE } from "@/lib/schemas/prescriptions";
import { Modal } from "@/components/ui/modal";
import { Button } from "@/components/ui/button";
import { SeverityBadge } from "./severity-badge";
import { StopIcon } from "./icons";

export interface OverrideDecision {
  acknowledgedFindingIds: string[];
  rationale: string;
}

/**
 * The interrupting safety dialog (UI.md "Safety findings interrupt"): names the drugs, the
 * effect and the management of each critical or major finding. The safe way out ("Change the
 * prescription", also Escape) is the primary action; "Override" needs every finding
 * acknowledged one by one and a clinical reason, exactly what the server will check.
 */
export function SafetyDialog({ open, findings, initial, onChangePrescription, onOverride }: {
  open: boolean;
  findings: SafetyFindingView[];
  initial?: OverrideDecision | null;
  onChangePrescription: () => void;
  onOverride: (d: OverrideDecision) => void;
}) {
  const [overriding, setOverriding] = useState(false);
  const [checked, setChecked] = useState<Set<string>>(new Set(initial?.acknowledgedFindingIds ?? []));
  const [rationale, setRationale] = useState(initial?.rationale ?? "");
  const blocking = findings.some((f) => f.blocking);
  const allChecked = findings.every((f) => checked.has(f.id));
  const reasonOk = rationale.trim().length >= MIN_OVERRIDE_RATIONALE;
  const close = () => {
    setOverriding(false);
    onChangePrescription();
  };
  return (
    <Modal open={open} onCancel={close} labelledBy="safety-dialog-title" describedBy="safety-dialog-intro" tone="danger">
      <h2 id="safety-dialog-title" className="flex items-center gap-2 text-xl font-bold text-danger-dark">
        <StopIcon className="h-7 w-7 text-danger" />
        {blocking ? "Critical safety warning" : "Safety warning: review before prescribing"}
      </h2>
      <p id="safety-dialog-intro" className="mt-1 text-sm">
        The safety check found {findings.length === 1 ? "a problem" : `${findings.length} problems`} with this prescription for this patient.
        Change the prescription, or override with a clinical reason.
      </p>
      <ul className="mt-4 space-y-3">
        {findings.map((f) => (
          <li key={f.id} className={`rounded-card border-2 p-3 ${f.blocking ? "border-danger bg-danger-light" : "border-warn bg-warn-light/60"}`}>
            <div className="flex flex-wrap items-center gap-2">
              <SeverityBadge severity={f.severity} blocking={f.blocking} />
              <h3 className="text-base font-bold">{f.kind === "interaction" ? f.drugs.join(" + ") : f.title}</h3>
            </div>
            <dl className="mt-2 grid grid-cols-[7rem_1fr] gap-x-2 gap-y-1 text-sm">
              {f.kind === "interaction" && (<><dt className="font-semibold">Drugs</dt><dd>{f.drugs.join(" and ")}</dd></>)}
              <dt className="font-semibold">Effect</dt><dd>{f.effect}</dd>
              <dt className="font-semibold">What to do</dt><dd>{f.management}</dd>
              {f.source && (<><dt className="text-muted">Source</dt><dd className="text-xs text-muted">{f.source}</dd></>)}
            </dl>
            {overriding && (
              <label className="mt-2 flex min-h-11 cursor-pointer items-start gap-2 rounded bg-white p-2 text-sm font-semibold">
                <input type="checkbox" className="mt-0.5 h-6 w-6 accent-danger" checked={checked.has(f.id)}
                  onChange={(e) => setChecked((s) => { const n = new Set(s); if (e.target.checked) n.add(f.id); else n.delete(f.id); return n; })} />
                I have read this warning and accept the risk for this patient
              </label>
            )}
          </li>
        ))}
      </ul>
      {!overriding ? (
        <div className="mt-5 flex flex-wrap gap-3">
          <Button type="button" onClick={close} autoFocus>Change the prescription</Button>
          <Button type="button" variant="secondary" className="border-danger text-danger-dark hover:bg-danger-light" onClick={() => setOverriding(true)}>
            Override…
          </Button>
        </div>
      ) : (
        <form className="mt-4" onSubmit={(e) => { e.preventDefault(); if (allChecked && reasonOk) onOverride({ acknowledgedFindingIds: findings.map((f) => f.id), rationale: rationale.trim() }); }}>
          <label htmlFor="override-rationale" className="block font-semibold">Clinical reason for the override</label>
          <p id="override-rationale-hint" className="text-sm text-muted">At least {MIN_OVERRIDE_RATIONALE} characters. It is stored with the decision-support log and shown to peer reviewers.</p>
          <textarea id="override-rationale" aria-describedby="override-rationale-hint override-rationale-count" value={rationale} onChange={(e) => setRationale(e.target.value)} rows={3}
            className="mt-1 block w-full rounded-md border-2 border-ink/70 p-2" />
          <p id="override-rationale-count" className={`text-xs ${reasonOk ? "text-ok" : "text-muted"}`} aria-live="polite">
            {reasonOk ? "Reason is long enough." : `${Math.max(0, MIN_OVERRIDE_RATIONALE - rationale.trim().length)} more characters needed.`}
            {!allChecked && " Tick each warning to acknowledge it."}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button type="submit" variant="danger" disabled={!allChecked || !reasonOk}>Confirm override</Button>
            <Button type="button" variant="ghost" onClick={() => setOverriding(false)}>Back</Button>
          </div>
        </form>
      )}
    </Modal>
  );
}
