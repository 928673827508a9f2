"use client";

import { useState } from "react";
import type { AiRequestView } from "@/lib/ai/ai-views";
import type { TPatientMessageOutput } from "@/lib/schemas/ai";
import { MEDICAL_DISCLAIMER } from "@/lib/ai/disclaimer";
import { Button } from "@/components/ui/button";
import { DecidedSummary } from "./decided-summary";
import { DecisionBar, ErrorLine, FIELD, useDecide } from "./decision-controls";

const LANGUAGE = { en: "English", es: "Spanish" } as const;

function MessageBody({ body }: { body: string }) {
  return <p className="max-h-72 overflow-y-auto whitespace-pre-wrap text-sm">{body}</p>;
}

/** The draft message; nothing reaches the patient until the provider approves it (then it is sent as theirs). */
export function PatientMessageView({ item, consultationId, editable, onChanged }: { item: AiRequestView; consultationId: string; editable: boolean; onChanged: () => void }) {
  const m = item.output as TPatientMessageOutput;
  const { decide, pending, error } = useDecide(consultationId, item.id, onChanged);
  const [editing, setEditing] = useState(false);
  // The disclaimer is added again on sending; the provider edits only their words.
  const [body, setBody] = useState(m.body.split(MEDICAL_DISCLAIMER[m.language]).join("").trim());

  if (item.decision) {
    const sent = (item.finalText as { body?: string; messageId?: string } | null) ?? null;
    return (
      <div className="space-y-2">
        {sent?.messageId && <p className="text-sm font-semibold text-ok">Sent to the patient as your message.</p>}
        <DecidedSummary item={item} draft={<MessageBody body={m.body} />} final={sent?.body ? <MessageBody body={sent.body} /> : null} />
      </div>
    );
  }
  const header = <p className="mb-1 text-xs text-muted">Draft in {LANGUAGE[m.language]} (the patient&apos;s language). Nothing is sent until you approve it.</p>;
  if (editing) {
    return (
      <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); decide({ decision: "edited", finalText: { body } }); }}>
        {header}
        <label className="block text-sm font-semibold">Message to the patient
          <textarea value={body} onChange={(e) => setBody(e.target.value)} className={`${FIELD} min-h-48`} maxLength={3700} />
        </label>
        <p className="text-xs text-muted">The medical disclaimer is added at the end automatically.</p>
        <ErrorLine error={error} />
        <div className="flex gap-2">
          <Button size="sm" type="submit" busy={pending}>Send my version</Button>
          <Button size="sm" variant="ghost" type="button" onClick={() => setEditing(false)}>Cancel</Button>
        </div>
      </form>
    );
  }
  return (
    <div>
      {header}
      <div className="rounded border border-line bg-white p-2"><MessageBody body={m.body} /></div>
      {editable && (
        <DecisionBar pending={pending} error={error} rejectNeedsReason={false} acceptLabel="Approve and send" rejectLabel="Discard"
          onAccept={() => decide({ decision: "accepted" })} onEdit={() => setEditing(true)} onReject={() => decide({ decision: "rejected" })} />
      )}
    </div>
  );
}
