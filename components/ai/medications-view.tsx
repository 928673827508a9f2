"use client";

import { useState } from "react";
import type { AiRequestView } from "@/lib/ai/ai-views";
import type { TMedicationsOutput } from "@/lib/schemas/ai";
import { Button } from "@/components/ui/button";
import { SafetyBadge } from "./ai-bits";
import { DecidedSummary } from "./decided-summary";
import { DecisionBar, ErrorLine, FIELD, ReasonField, useDecide } from "./decision-controls";

type Med = { name: string; dose: string; frequency: string; durationDays: number; rationale?: string };
const key = (n: string) => n.trim().toLowerCase();

/** Each suggestion with its medication-safety verdict; unsafe ones are marked, never recommended. */
export function MedicationsDraft({ output }: { output: TMedicationsOutput }) {
  if (output.medications.length === 0) return <p className="text-sm">No medicine suggested for this presentation.</p>;
  return (
    <ul className="space-y-2">
      {output.medications.map((m, i) => (
        <li key={i} className={`rounded border bg-white p-2 text-sm ${m.safety.status === "flagged" ? "border-danger" : "border-line"}`}>
          <div className="flex flex-wrap items-center justify-between gap-1">
            <strong className={m.safety.status === "flagged" ? "text-danger-dark" : ""}>{m.name}</strong>
            <SafetyBadge status={m.safety.status} />
          </div>
          <p className="tabular">{m.dose} · {m.frequency} · {m.durationDays} day{m.durationDays === 1 ? "" : "s"}</p>
          <p className="text-xs text-muted">{m.rationale}</p>
          {m.safety.findings.length > 0 && (
            <details open={m.safety.status === "flagged"} className="mt-1 text-xs">
              <summary className="cursor-pointer font-semibold">{m.safety.status === "flagged" ? "Why it is not recommended" : m.safety.status === "check" ? "What could not be checked" : `Notes (${m.safety.findings.length})`}</summary>
              <ul className="mt-1 list-disc space-y-0.5 pl-4">
                {m.safety.findings.map((f) => <li key={f.id}><strong>{f.title}.</strong> {f.detail}</li>)}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

function MedList({ meds }: { meds: Med[] }) {
  if (meds.length === 0) return <p className="text-sm">No medicines.</p>;
  return <ul className="list-disc pl-4 text-sm">{meds.map((m, i) => <li key={i}><strong>{m.name}</strong> {m.dose}, {m.frequency}, {m.durationDays} d</li>)}</ul>;
}

export function MedicationsView({ item, consultationId, editable, onChanged }: { item: AiRequestView; consultationId: string; editable: boolean; onChanged: () => void }) {
  const output = item.output as TMedicationsOutput;
  const { decide, pending, error } = useDecide(consultationId, item.id, onChanged);
  const [editing, setEditing] = useState(false);
  const [rows, setRows] = useState<Med[]>(output.medications.map(({ name, dose, frequency, durationDays, rationale }) => ({ name, dose, frequency, durationDays, rationale })));
  const [reason, setReason] = useState("");
  const flagged = new Set(output.medications.filter((m) => m.safety.status === "flagged").map((m) => key(m.name)));
  const sameDrugs = JSON.stringify(rows.map((r) => key(r.name)).sort()) === JSON.stringify(output.medications.map((m) => key(m.name)).sort());
  const needsReason = !sameDrugs || rows.some((r) => flagged.has(key(r.name)));
  const set = (i: number, patch: Partial<Med>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  if (item.decision) return <DecidedSummary item={item} draft={<MedicationsDraft output={output} />} final={item.finalText ? <MedList meds={(item.finalText as { medications: Med[] }).medications} /> : null} />;
  if (editing) {
    return (
      <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); decide({ decision: "edited", finalText: { medications: rows }, deviationReason: needsReason ? reason : undefined }); }}>
        {rows.map((r, i) => (
          <fieldset key={i} className="rounded border border-line bg-white p-2">
            <legend className="sr-only">Medicine {i + 1}</legend>
            <div className="flex items-end gap-2">
              <label className="block flex-1 text-xs font-semibold">Medicine<input value={r.name} onChange={(e) => set(i, { name: e.target.value })} className={FIELD} /></label>
              <button type="button" className="min-h-9 px-2 text-sm font-semibold text-danger underline" onClick={() => setRows(rows.filter((_, j) => j !== i))}>Remove<span className="sr-only"> {r.name}</span></button>
            </div>
            <div className="mt-1 grid grid-cols-[1fr_1.4fr_4rem] gap-2">
              <label className="block text-xs font-semibold">Dose<input value={r.dose} onChange={(e) => set(i, { dose: e.target.value })} className={FIELD} /></label>
              <label className="block text-xs font-semibold">Frequency<input value={r.frequency} onChange={(e) => set(i, { frequency: e.target.value })} className={FIELD} /></label>
              <label className="block text-xs font-semibold">Days<input type="number" min={1} max={365} value={r.durationDays} onChange={(e) => set(i, { durationDays: Number(e.target.value) })} className={`${FIELD} tabular`} /></label>
            </div>
          </fieldset>
        ))}
        {needsReason && <ReasonField id="ai-med-reason" label="Your medicines differ from the AI's, or keep an unsafe one. Why? (required)" value={reason} onChange={setReason} error={error?.fieldErrors?.deviationReason?.[0]} />}
        <ErrorLine error={error} />
        <div className="flex gap-2">
          <Button size="sm" type="submit" busy={pending}>Save my version</Button>
          <Button size="sm" variant="ghost" type="button" onClick={() => setEditing(false)}>Cancel</Button>
        </div>
      </form>
    );
  }
  return (
    <div>
      <MedicationsDraft output={output} />
      {editable && (
        <DecisionBar pending={pending} error={error} rejectNeedsReason={output.medications.length > 0} onAccept={() => decide({ decision: "accepted" })} onEdit={() => setEditing(true)}
          onReject={(r) => decide({ decision: "rejected", deviationReason: r || undefined })}
          acceptDisabledReason={flagged.size > 0 ? "Remove the unsafe suggestion with Edit before accepting." : null}>
          <p className="text-xs text-muted">Accepting records your agreement; prescribe in the prescribing panel, where the safety check runs again.</p>
        </DecisionBar>
      )}
    </div>
  );
}
