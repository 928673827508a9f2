"use client";

import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { transitionAction } from "@/server/actions/review";
import { Button } from "@/components/ui/button";

export interface Move {
  to: string;
  why: string;
  allowed: boolean;
  disabledReason: string | null;
}

type Needs = "none" | "reason" | "message" | "rationale" | "provider";

const LABELS: Record<string, { label: (from: string) => string; needs: Needs; variant?: "danger" | "secondary"; prompt?: string }> = {
  assigned: { label: (f) => (f === "triaged" ? "Accept" : "Assign to a provider"), needs: "none" },
  in_review: { label: (f) => (f === "assigned" ? "Start review" : f === "prescription_pending" ? "Withdraw prescription" : "Back to review"), needs: "none" },
  requires_info: { label: () => "Ask the patient a question", needs: "message", prompt: "Your question to the patient (plain language)" },
  requires_peer_review: { label: () => "Request peer review", needs: "reason", prompt: "What should the reviewer look at?" },
  completed: { label: () => "Complete consultation", needs: "rationale", prompt: "Clinical decision rationale" },
  triaged: { label: () => "Release to the queue", needs: "reason", variant: "secondary", prompt: "Why are you releasing it?" },
  escalated: { label: () => "Escalate", needs: "reason", variant: "danger", prompt: "Why does this need escalation?" },
  cancelled: { label: () => "Cancel consultation", needs: "reason", variant: "secondary", prompt: "Reason for cancelling" },
};

/** The next steps the state machine allows; disabled ones say why (hover and focus). */
export function ActionsPanel({ consultationId, from, version, moves, rationale, providers }: {
  consultationId: string; from: string; version: number; moves: Move[]; rationale: string; providers: { providerId: string; name: string }[];
}) {
  const router = useRouter();
  const [open, setOpen] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [providerId, setProviderId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // The notes autosave and refresh this page; if the rationale arrives after the form opened, prefill it then.
  useEffect(() => {
    if (open === "completed" && rationale) setText((t) => t || rationale);
  }, [open, rationale]);
  // Prescribing and peer-review decisions have their own panels.
  const shown = moves.filter((m) => m.to !== "prescription_pending" && m.to !== "prescription_sent" && !(from === "requires_peer_review"));

  const submit = (to: string) => {
    const needs = LABELS[to]?.needs ?? "none";
    const body: Record<string, unknown> = { to };
    if (needs === "reason") body.reason = text;
    if (needs === "message") body.message = text;
    if (needs === "rationale") body.decisionRationale = text;
    if (needs === "provider") body.providerId = providerId;
    if (to === "assigned" && providers.length > 0) body.providerId = providerId || undefined;
    start(async () => {
      const r = await transitionAction(consultationId, body);
      if (r.ok) {
        setOpen(null);
        setText("");
        setError(null);
        router.refresh();
      } else setError(r.fieldErrors ? Object.values(r.fieldErrors).flat().join(" ") || r.message : r.message);
    });
  };

  if (shown.length === 0) return <p className="text-sm text-muted">No further steps are available to you at this stage.</p>;
  return (
    <div className="space-y-2">
      {error && <p role="alert" className="rounded border-l-4 border-danger bg-danger-light p-2 text-sm font-semibold">{error}</p>}
      {shown.map((m) => {
        const meta = LABELS[m.to] ?? { label: () => m.to, needs: "none" as Needs };
        const isOpen = open === m.to;
        const needsInput = meta.needs !== "none" || (m.to === "assigned" && providers.length > 0);
        return (
          <div key={m.to}>
            <Button
              variant={meta.variant ?? "primary"} size="sm" className="w-full" disabled={!m.allowed} busy={pending && isOpen}
              title={m.disabledReason ?? m.why} aria-describedby={m.disabledReason ? `why-${m.to}` : undefined}
              onClick={() => { if (!needsInput) return submit(m.to); setOpen(isOpen ? null : m.to); setText(m.to === "completed" ? rationale : ""); setError(null); }}
            >
              {meta.label(from)}
            </Button>
            {m.disabledReason && <p id={`why-${m.to}`} className="mt-0.5 text-xs text-muted">{m.disabledReason}</p>}
            {isOpen && (
              <form className="mt-2 rounded border border-line bg-surface p-2" onSubmit={(e) => { e.preventDefault(); submit(m.to); }}>
                {m.to === "assigned" && providers.length > 0 ? (
                  <label className="block text-sm font-semibold">Provider
                    <select required value={providerId} onChange={(e) => setProviderId(e.target.value)} className="mt-1 block min-h-10 w-full rounded border-2 border-ink/60 bg-white px-2">
                      <option value="" disabled>Choose a provider who passes the checks…</option>
                      {providers.map((p) => <option key={p.providerId} value={p.providerId}>{p.name}</option>)}
                    </select>
                  </label>
                ) : (
                  <label className="block text-sm font-semibold">{meta.prompt}
                    <textarea required minLength={3} value={text} onChange={(e) => setText(e.target.value)} className="mt-1 block min-h-20 w-full rounded border-2 border-ink/60 bg-white p-2 font-normal" />
                  </label>
                )}
                <div className="mt-2 flex gap-2">
                  <Button size="sm" type="submit" busy={pending}>Confirm</Button>
                  <Button size="sm" type="button" variant="ghost" onClick={() => setOpen(null)}>Cancel</Button>
                </div>
              </form>
            )}
          </div>
        );
      })}
    </div>
  );
}
