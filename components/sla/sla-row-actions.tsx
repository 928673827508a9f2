"use client";

import { useState, useTransition } from "react";
import { capableProvidersAction, messageProviderAction, reassignAction } from "@/server/actions/sla";
import { transitionAction } from "@/server/actions/review";

type Panel = null | "reassign" | "escalate" | "message";

/** One-click reassign, escalate or message the provider for a row of the SLA console. */
export function SlaRowActions({ consultationId, status, hasProvider, onDone }: { consultationId: string; status: string; hasProvider: boolean; onDone: () => void }) {
  const [panel, setPanel] = useState<Panel>(null);
  const [providers, setProviders] = useState<{ providerId: string; name: string; openAssignments: number }[] | null>(null);
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const canReassign = ["triaged", "assigned", "escalated"].includes(status);
  const canEscalate = ["triaged", "assigned", "in_review"].includes(status);

  const open = (p: Panel) => {
    setError(null);
    setValue("");
    setPanel(panel === p ? null : p);
    if (p === "reassign" && providers === null) {
      start(async () => {
        const r = await capableProvidersAction(consultationId);
        if (r.ok) setProviders(r.data);
        else setError(r.message);
      });
    }
  };
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const r = await fn();
      if (r.ok) {
        setPanel(null);
        onDone();
      } else setError(r.message ?? "Failed");
    });

  const btn = "min-h-8 rounded border border-brand px-2 text-xs font-semibold text-brand hover:bg-brand-light disabled:cursor-not-allowed disabled:opacity-40";
  return (
    <div>
      <div className="flex gap-1">
        <button className={btn} disabled={!canReassign} title={canReassign ? "Assign to another provider" : "Only waiting, assigned or escalated cases can be reassigned"} onClick={() => open("reassign")}>Reassign</button>
        <button className={btn} disabled={!canEscalate} title={canEscalate ? "Escalate to the emergency queue" : "Cannot be escalated in this state"} onClick={() => open("escalate")}>Escalate</button>
        <button className={btn} disabled={!hasProvider} title={hasProvider ? "Send the provider a note" : "Nobody is assigned yet"} onClick={() => open("message")}>Message</button>
      </div>
      {panel && (
        <form className="mt-1 flex flex-wrap items-center gap-1" onSubmit={(e) => {
          e.preventDefault();
          if (panel === "reassign") run(() => reassignAction(consultationId, value));
          if (panel === "escalate") run(() => transitionAction(consultationId, { to: "escalated", reason: value }));
          if (panel === "message") run(() => messageProviderAction(consultationId, value));
        }}>
          {panel === "reassign" ? (
            <select aria-label="Provider" required value={value} onChange={(e) => setValue(e.target.value)} className="min-h-8 rounded border border-ink/50 text-xs">
              <option value="" disabled>{providers === null ? "Loading…" : providers.length ? "Choose provider" : "No capable provider"}</option>
              {providers?.map((p) => <option key={p.providerId} value={p.providerId}>{p.name} ({p.openAssignments} open)</option>)}
            </select>
          ) : (
            <input aria-label={panel === "escalate" ? "Reason for escalation" : "Message to the provider"} required minLength={3} value={value} onChange={(e) => setValue(e.target.value)}
              placeholder={panel === "escalate" ? "Reason" : "Message"} className="min-h-8 w-44 rounded border border-ink/50 px-1 text-xs" />
          )}
          <button type="submit" disabled={pending} className="min-h-8 rounded bg-brand px-2 text-xs font-semibold text-white">{pending ? "…" : "OK"}</button>
        </form>
      )}
      {error && <p role="alert" className="mt-1 text-xs font-semibold text-danger">{error}</p>}
    </div>
  );
}
