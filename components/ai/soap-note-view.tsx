"use client";

import { useState } from "react";
import type { AiRequestView } from "@/lib/ai/ai-views";
import type { TSoapNoteOutput } from "@/lib/schemas/ai";
import { Button } from "@/components/ui/button";
import { DecidedSummary } from "./decided-summary";
import { DecisionBar, ErrorLine, FIELD, useDecide } from "./decision-controls";

const PARTS = [["subjective", "Subjective"], ["objective", "Objective"], ["assessment", "Assessment"], ["plan", "Plan"]] as const;

export function SoapNoteDraft({ note }: { note: TSoapNoteOutput }) {
  return (
    <dl className="space-y-1.5 text-sm">
      {PARTS.map(([k, label]) => (
        <div key={k}>
          <dt className="text-xs font-bold uppercase tracking-wide text-muted">{label}</dt>
          <dd className="whitespace-pre-wrap">{note[k]}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SoapNoteView({ item, consultationId, editable, onChanged }: { item: AiRequestView; consultationId: string; editable: boolean; onChanged: () => void }) {
  const note = item.output as TSoapNoteOutput;
  const { decide, pending, error } = useDecide(consultationId, item.id, onChanged);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<TSoapNoteOutput>(note);
  const [copy, setCopy] = useState(true);

  if (item.decision) return <DecidedSummary item={item} draft={<SoapNoteDraft note={note} />} final={item.finalText ? <SoapNoteDraft note={item.finalText as TSoapNoteOutput} /> : null} />;
  const copyBox = (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" checked={copy} onChange={(e) => setCopy(e.target.checked)} className="mt-0.5 h-4 w-4" />
      <span>Copy into my notes <span className="text-muted">(replaces Assessment and Plan)</span></span>
    </label>
  );
  if (editing) {
    return (
      <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); decide({ decision: "edited", finalText: draft, copyToNotes: copy }); }}>
        {PARTS.map(([k, label]) => (
          <label key={k} className="block text-sm font-semibold">{label}
            <textarea value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} className={`${FIELD} min-h-20`} />
          </label>
        ))}
        {copyBox}
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
      <SoapNoteDraft note={note} />
      {editable && (
        <DecisionBar pending={pending} error={error} rejectNeedsReason={false} rejectLabel="Discard" onAccept={() => decide({ decision: "accepted", copyToNotes: copy })}
          onEdit={() => setEditing(true)} onReject={() => decide({ decision: "rejected" })}>
          {copyBox}
        </DecisionBar>
      )}
    </div>
  );
}
