"use client";

import { useState } from "react";
import type { AiRequestView } from "@/lib/ai/ai-views";
import type { TAssessmentOutput } from "@/lib/schemas/ai";
import { AI_CONFIDENCE_THRESHOLD } from "@/lib/peer-review/peer-review-rules";
import { Button } from "@/components/ui/button";
import { ConfidenceMeter } from "./ai-bits";
import { DecidedSummary } from "./decided-summary";
import { DecisionBar, ErrorLine, FIELD, ReasonField, useDecide } from "./decision-controls";

type Final = { primaryDiagnosis: { icd10Code: string; description: string }; alternatives: { icd10Code: string; description: string }[] };
const normalize = (c: string) => c.toUpperCase().replace(/[^A-Z0-9]/g, "");

/** The AI assessment: primary diagnosis with confidence, review flags, alternatives, reasoning. */
export function AssessmentDraft({ a }: { a: TAssessmentOutput }) {
  const p = a.primaryDiagnosis;
  return (
    <div className="space-y-2 text-sm">
      <p><span className="font-mono font-bold">{p.icd10Code}</span> <span className="font-semibold">{p.description}</span></p>
      <ConfidenceMeter value={p.confidence} />
      {a.recommendsProviderReview && (
        <p className="rounded bg-warn-light px-2 py-1 text-xs font-semibold text-warn">
          Provider review recommended{p.confidence < AI_CONFIDENCE_THRESHOLD ? ` — below ${AI_CONFIDENCE_THRESHOLD}: peer review will be required` : ""}.
        </p>
      )}
      {a.alternatives.length > 0 && (
        <div>
          <p className="text-xs font-bold uppercase tracking-wide text-muted">Alternatives</p>
          <ul className="mt-1 space-y-1">
            {a.alternatives.map((d) => (
              <li key={d.icd10Code}>
                <span className="font-mono text-xs font-bold">{d.icd10Code}</span> <span className="text-xs">{d.description}</span>
                <ConfidenceMeter value={d.confidence} size="sm" label={`Confidence of ${d.icd10Code}`} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary className="cursor-pointer text-xs font-semibold text-ai">Reasoning</summary>
        <p className="mt-1 text-xs leading-relaxed">{a.reasoning}</p>
      </details>
    </div>
  );
}

function FinalDiagnosis({ f }: { f: Final }) {
  return <p className="text-sm"><span className="font-mono font-bold">{f.primaryDiagnosis.icd10Code}</span> {f.primaryDiagnosis.description}</p>;
}

export function AssessmentView({ item, consultationId, editable, onChanged }: { item: AiRequestView; consultationId: string; editable: boolean; onChanged: () => void }) {
  const a = item.output as TAssessmentOutput;
  const { decide, pending, error } = useDecide(consultationId, item.id, onChanged);
  const [editing, setEditing] = useState(false);
  const [copy, setCopy] = useState(true);
  const [code, setCode] = useState(a.primaryDiagnosis.icd10Code);
  const [description, setDescription] = useState(a.primaryDiagnosis.description);
  const [reason, setReason] = useState("");
  const differs = normalize(code) !== normalize(a.primaryDiagnosis.icd10Code);
  const alternatives = a.alternatives.map(({ icd10Code, description: d }) => ({ icd10Code, description: d }));

  if (item.decision) return <DecidedSummary item={item} draft={<AssessmentDraft a={a} />} final={item.finalText ? <FinalDiagnosis f={item.finalText as Final} /> : null} />;
  const copyBox = (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" checked={copy} onChange={(e) => setCopy(e.target.checked)} className="h-4 w-4" /> Copy the diagnosis into my notes
    </label>
  );
  if (editing) {
    return (
      <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); decide({ decision: "edited", finalText: { primaryDiagnosis: { icd10Code: code, description }, alternatives }, deviationReason: differs ? reason : undefined, copyToNotes: copy }); }}>
        <div className="flex gap-2">
          <label className="block w-28 text-sm font-semibold">ICD-10 code
            <input value={code} onChange={(e) => setCode(e.target.value)} className={`${FIELD} uppercase tabular`} aria-invalid={error?.fieldErrors?.["finalText.primaryDiagnosis.icd10Code"] ? true : undefined} />
          </label>
          <label className="block flex-1 text-sm font-semibold">Diagnosis
            <input value={description} onChange={(e) => setDescription(e.target.value)} className={FIELD} />
          </label>
        </div>
        {differs && <ReasonField id="ai-deviation" label="Your diagnosis differs from the AI's. Why? (required)" value={reason} onChange={setReason} error={error?.fieldErrors?.deviationReason?.[0]} />}
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
      <AssessmentDraft a={a} />
      {editable && (
        <DecisionBar pending={pending} error={error} rejectNeedsReason onAccept={() => decide({ decision: "accepted", copyToNotes: copy })} onEdit={() => setEditing(true)}
          onReject={(r) => decide({ decision: "rejected", deviationReason: r })}>
          {copyBox}
        </DecisionBar>
      )}
    </div>
  );
}
