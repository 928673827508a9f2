"use client";

import { useEffect, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { AI_KINDS, type TAiKind } from "@/lib/schemas/ai";
import { AI_KIND_LABELS } from "@/lib/ai/ai-kinds";
import type { AiRequestView } from "@/lib/ai/ai-views";
import { requestAiAction } from "@/server/actions/ai";
import { Button } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import { AiButton, DegradedNotice, DraftMeta, InFlight, SparkIcon } from "./ai-bits";
import { useAiRequests } from "./use-ai-requests";
import { AssessmentView } from "./assessment-view";
import { MedicationsView } from "./medications-view";
import { SoapNoteView } from "./soap-note-view";
import { PatientMessageView } from "./patient-message-view";
import { DeviationPrompt } from "./deviation-prompt";

const GENERATE: Record<TAiKind, string> = {
  assessment: "Generate assessment", medications: "Suggest medicines", soap_note: "Draft SOAP note", patient_message: "Draft patient message",
};
const EMPTY: Record<TAiKind, string> = {
  assessment: "A likely diagnosis with confidence and alternatives, from the intake, triage and history.",
  medications: "Medicine suggestions, each checked against this patient's allergies and medicines.",
  soap_note: "A SOAP note draft for the record, from the intake, triage and your notes.",
  patient_message: "A plain-language message in the patient's language, for you to edit and send.",
};
const TAB_LABELS: Record<TAiKind, string> = { assessment: "Assessment", medications: "Medicines", soap_note: "SOAP note", patient_message: "Message" };
const VIEWS = { assessment: AssessmentView, medications: MedicationsView, soap_note: SoapNoteView, patient_message: PatientMessageView };

const inFlight = (i?: AiRequestView) => i?.status === "queued" || i?.status === "running";

/** Tab marker: in flight, waiting for a decision, or done (text for screen readers, never colour alone). */
function marker(i?: AiRequestView) {
  if (!i) return null;
  if (inFlight(i)) return <span className="h-2 w-2 animate-pulse rounded-full bg-ai"><span className="sr-only"> (generating)</span></span>;
  if (i.status === "ready" && !i.decision) return <span className="h-2 w-2 rounded-full bg-ai"><span className="sr-only"> (to review)</span></span>;
  if (i.decision) return <span aria-hidden className="text-ok">✓</span>;
  return <span aria-hidden className="text-warn">!</span>;
}

/**
 * AI decision support on the review page: a visibly distinct surface ("AI draft", the engine's
 * name), one tab per function, live status, the degraded notice when the service is unavailable,
 * and accept / edit / reject on each piece. Nothing here reaches the patient or the notes without
 * the provider's explicit decision.
 */
export function AiPanel({ consultationId, editable }: { consultationId: string; editable: boolean }) {
  const { data, isPending, isError, refetch, invalidate } = useAiRequests(consultationId);
  const [tab, setTab] = useState<TAiKind>("assessment");
  const [requesting, start] = useTransition();
  const [requestError, setRequestError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const seen = useRef(new Map<string, string>());
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const canRequest = editable && Boolean(data?.canRequest);

  // Announce a draft becoming ready or unavailable (ARIA live region).
  useEffect(() => {
    for (const i of data?.items ?? []) {
      const before = seen.current.get(i.id);
      if (before && before !== i.status && (i.status === "ready" || i.status === "unavailable" || i.status === "failed")) {
        setAnnouncement(i.status === "ready" ? `AI ${AI_KIND_LABELS[i.kind].toLowerCase()} draft ready` : `AI ${AI_KIND_LABELS[i.kind].toLowerCase()} unavailable; continue manually`);
      }
      seen.current.set(i.id, i.status);
    }
  }, [data]);

  const generate = (kind: TAiKind) =>
    start(async () => {
      const r = await requestAiAction(consultationId, kind);
      setRequestError(r.ok ? null : r.message);
      if (r.ok) await invalidate();
    });

  const onKey = (e: KeyboardEvent, index: number) => {
    const next = e.key === "ArrowRight" ? index + 1 : e.key === "ArrowLeft" ? index - 1 : null;
    if (next === null) return;
    const i = (next + AI_KINDS.length) % AI_KINDS.length;
    setTab(AI_KINDS[i]!);
    tabs.current[i]?.focus();
  };

  const items = data?.items ?? [];
  const ofKind = items.filter((i) => i.kind === tab);
  const latest = ofKind[0];
  const View = VIEWS[tab];

  return (
    <section aria-labelledby="ai-h" className="rounded-card border-2 border-ai bg-ai-light p-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="ai-h" className="flex items-center gap-1.5 font-bold text-ai"><SparkIcon className="h-5 w-5" />AI decision support</h2>
        <span className="rounded bg-ai px-1.5 py-0.5 text-xs font-bold uppercase tracking-wide text-white">AI draft</span>
      </div>
      <p className="mt-0.5 text-xs text-muted">
        {data ? <>Engine: <strong className="text-ink">{data.engine.label}</strong>{data.engine.engine === "offline" ? " · runs on this server" : data.engine.deidentifies ? " · receives de-identified data only" : " · BAA-covered"}</> : "Loading…"}
        {" "}· Suggestions only: you accept, edit or reject each one.
      </p>
      <p role="status" aria-live="polite" className="sr-only">{announcement}</p>

      <div role="tablist" aria-label="AI functions" className="mt-2 grid grid-cols-4 gap-1">
        {AI_KINDS.map((k, index) => {
          const selected = k === tab;
          return (
            <button key={k} ref={(el) => void (tabs.current[index] = el)} role="tab" id={`ai-tab-${k}`} aria-controls="ai-tabpanel" aria-selected={selected} tabIndex={selected ? 0 : -1}
              onClick={() => setTab(k)} onKeyDown={(e) => onKey(e, index)}
              className={`flex min-h-11 items-center justify-center gap-1 rounded-md px-1 text-xs font-semibold leading-tight ${selected ? "bg-ai text-white" : "bg-white text-ai ring-1 ring-ai/30 hover:bg-ai/10"}`}>
              {TAB_LABELS[k]}{marker(items.find((i) => i.kind === k))}
            </button>
          );
        })}
      </div>

      <div role="tabpanel" id="ai-tabpanel" aria-labelledby={`ai-tab-${tab}`} className="mt-2 space-y-2">
        {isPending ? (
          <div aria-hidden className="space-y-2"><div className="h-4 w-3/4 animate-pulse rounded bg-white" /><div className="h-16 animate-pulse rounded bg-white" /></div>
        ) : isError ? (
          <DegradedNotice item={{ notice: { message: "AI suggestions are unavailable right now — continue manually.", detail: "The AI log could not be loaded." } } as AiRequestView} onRetry={() => void refetch()} />
        ) : (
          <>
            {tab === "assessment" && data?.deviation?.differs && !data.deviation.reason && canRequest && <DeviationPrompt consultationId={consultationId} deviation={data.deviation} onSaved={() => void invalidate()} />}
            {requestError && <p role="alert" className="rounded border-l-4 border-danger bg-danger-light p-2 text-sm font-semibold">{requestError}</p>}
            {!latest && (
              <div className="rounded border border-dashed border-ai/40 bg-white/70 p-3 text-sm">
                <p>{EMPTY[tab]}</p>
                {canRequest ? <AiButton className="mt-2" busy={requesting} onClick={() => generate(tab)}>{GENERATE[tab]}</AiButton> : <p className="mt-1 text-xs text-muted">Only the assigned provider can request AI drafts while the case is open.</p>}
              </div>
            )}
            {latest && inFlight(latest) && <InFlight item={latest} engineLabel={data!.engine.label} />}
            {latest && (latest.status === "unavailable" || latest.status === "failed") && <DegradedNotice item={latest} onRetry={canRequest ? () => generate(tab) : undefined} busy={requesting} />}
            {latest?.status === "ready" && (
              <div className="rounded border border-ai/30 bg-white/70 p-2">
                <View key={latest.id} item={latest} consultationId={consultationId} editable={canRequest} onChanged={() => void invalidate()} />
                <DraftMeta item={latest} />
              </div>
            )}
            {latest?.status === "ready" && latest.decision && canRequest && (
              <Button size="sm" variant="ghost" busy={requesting} onClick={() => generate(tab)}>{`New ${AI_KIND_LABELS[tab].toLowerCase()} draft`}</Button>
            )}
            {ofKind.length > 1 && (
              <details className="text-xs">
                <summary className="cursor-pointer font-semibold text-ai">Earlier drafts ({ofKind.length - 1})</summary>
                <ul className="mt-1 space-y-0.5">
                  {ofKind.slice(1).map((i) => <li key={i.id}><Time date={i.createdAt} /> · {i.status}{i.decision ? ` · ${i.decision}` : ""}{i.engine ? ` · ${i.engine}` : ""}</li>)}
                </ul>
              </details>
            )}
          </>
        )}
      </div>
    </section>
  );
}
