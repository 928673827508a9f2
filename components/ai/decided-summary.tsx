"use client";

import { useState, type ReactNode } from "react";
import type { AiRequestView } from "@/lib/ai/ai-views";
import { Time } from "@/components/ui/time";
import { CheckIcon, StopIcon } from "@/components/prescribing/icons";

const WORDS = { accepted: "Accepted", edited: "Edited and approved", rejected: "Rejected" } as const;

/**
 * After a decision: what was decided, the deviation reason, and the AI draft next to the
 * provider's final version (the log keeps both).
 */
export function DecidedSummary({ item, draft, final }: { item: AiRequestView; draft: ReactNode; final: ReactNode | null }) {
  const [compare, setCompare] = useState(item.decision === "edited");
  if (!item.decision) return null;
  const rejected = item.decision === "rejected";
  return (
    <div className="space-y-2">
      <p className={`flex items-center gap-1.5 rounded px-2 py-1 text-sm font-semibold ${rejected ? "bg-white text-muted" : "bg-ok-light text-ok"}`}>
        {rejected ? <StopIcon className="h-4 w-4" /> : <CheckIcon className="h-4 w-4" />}
        {WORDS[item.decision]} by you{item.decidedAt && <> · <Time date={item.decidedAt} /></>}
      </p>
      {item.deviationReason && <p className="text-sm"><span className="font-semibold">Your reason:</span> {item.deviationReason}</p>}
      <button type="button" aria-expanded={compare} onClick={() => setCompare(!compare)} className="min-h-9 text-sm font-semibold text-brand underline">
        {compare ? "Hide" : "Show"} {rejected || item.decision === "accepted" ? "the AI draft" : "the AI draft next to your version"}
      </button>
      {compare && (
        <div className="space-y-2">
          <div className="rounded border border-ai/40 bg-ai-light/60 p-2">
            <p className="mb-1 text-xs font-bold uppercase tracking-wide text-ai">AI draft</p>
            {draft}
          </div>
          {final && item.decision === "edited" && (
            <div className="rounded border border-line bg-white p-2">
              <p className="mb-1 text-xs font-bold uppercase tracking-wide text-ink">Your final version</p>
              {final}
            </div>
          )}
        </div>
      )}
      {!compare && final && !rejected && <div className="rounded border border-line bg-white p-2">{final}</div>}
    </div>
  );
}
