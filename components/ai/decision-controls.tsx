"use client";

import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { TAiDecisionInput } from "@/lib/schemas/ai";
import { decideAiAction } from "@/server/actions/ai";
import { Button } from "@/components/ui/button";

export interface DecideError {
  message: string;
  fieldErrors?: Record<string, string[]>;
}

/**
 * Records a decision. When the approved text was copied into the notes the page reloads, so the
 * documentation form shows it (the form keeps its own state and version); otherwise the list
 * refetches and the page's server data (e.g. the message thread) refreshes.
 */
export function useDecide(consultationId: string, requestId: string, onDecided: () => void) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<DecideError | null>(null);
  const decide = (input: TAiDecisionInput) =>
    start(async () => {
      const r = await decideAiAction(consultationId, requestId, input);
      if (!r.ok) return setError({ message: r.message, fieldErrors: r.fieldErrors });
      setError(null);
      if (r.data.copiedToNotes) return window.location.reload();
      onDecided();
      router.refresh();
    });
  return { decide, pending, error, clearError: () => setError(null) };
}

export const FIELD = "mt-1 block w-full rounded-md border-2 border-ink/60 bg-white px-2 py-1.5 text-sm font-normal";

/** A required "why" field (deviation or rejection reason). */
export function ReasonField({ id, label, value, onChange, error }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <label htmlFor={id} className="block text-sm font-semibold">
      {label}
      <textarea id={id} required minLength={3} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined}
        className={`${FIELD} min-h-14 ${error ? "border-danger" : ""}`} />
      {error && <span className="text-xs font-semibold text-danger">{error}</span>}
    </label>
  );
}

export function ErrorLine({ error }: { error: DecideError | null }) {
  if (!error) return null;
  const detail = Object.entries(error.fieldErrors ?? {}).filter(([k]) => k !== "deviationReason").flatMap(([, v]) => v);
  return <p role="alert" className="rounded border-l-4 border-danger bg-danger-light p-2 text-sm font-semibold">{error.message}{detail.length ? ` ${detail.join(" ")}` : ""}</p>;
}

/** Accept / Edit / Reject, with a reason prompt for rejections that need one. */
export function DecisionBar(props: {
  acceptLabel?: string; onAccept: () => void; onEdit: () => void; onReject: (reason: string) => void;
  rejectNeedsReason: boolean; rejectLabel?: string; acceptDisabledReason?: string | null; pending: boolean; error: DecideError | null; children?: ReactNode;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  if (rejecting) {
    return (
      <form className="mt-2 space-y-2 rounded border border-line bg-white p-2" onSubmit={(e) => { e.preventDefault(); props.onReject(reason); }}>
        {props.rejectNeedsReason
          ? <ReasonField id="ai-reject-reason" label="Why do you reject it? (required)" value={reason} onChange={setReason} error={props.error?.fieldErrors?.deviationReason?.[0]} />
          : <p className="text-sm">Discard this draft? Nothing will be saved or sent.</p>}
        <ErrorLine error={props.error} />
        <div className="flex gap-2">
          <Button size="sm" variant="danger" type="submit" busy={props.pending}>{props.rejectLabel ?? "Reject"}</Button>
          <Button size="sm" variant="ghost" type="button" onClick={() => setRejecting(false)}>Cancel</Button>
        </div>
      </form>
    );
  }
  return (
    <div className="mt-2 space-y-2">
      {props.children}
      <ErrorLine error={props.error} />
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={props.onAccept} busy={props.pending} disabled={Boolean(props.acceptDisabledReason)} title={props.acceptDisabledReason ?? undefined}
          aria-describedby={props.acceptDisabledReason ? "ai-accept-why" : undefined}>
          {props.acceptLabel ?? "Accept"}
        </Button>
        <Button size="sm" variant="secondary" onClick={props.onEdit}>Edit</Button>
        <Button size="sm" variant="ghost" onClick={() => setRejecting(true)}>{props.rejectLabel ?? "Reject"}</Button>
      </div>
      {props.acceptDisabledReason && <p id="ai-accept-why" className="text-xs text-muted">{props.acceptDisabledReason}</p>}
    </div>
  );
}
