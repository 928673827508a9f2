"use client";

import Link from "next/link";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRealtime } from "@/components/realtime/use-realtime";
import { consultationTypeLabel } from "@/lib/consultations/consultation-types";
import type { SupervisorConsole } from "@/server/sla/get-supervisor-console";
import { SlaRowActions } from "./sla-row-actions";
import { ProviderLoad, SidePanels, UrgencyTiles } from "./console-panels";

type Item = SupervisorConsole["summary"]["breached"][number];

function minutesText(m: number) {
  const a = Math.abs(m);
  return a >= 120 ? `${Math.floor(a / 60)} h ${a % 60} min` : `${a} min`;
}

function SlaTable({ title, items, kind, onDone, empty }: { title: string; items: Item[]; kind: "breached" | "atRisk"; onDone: () => void; empty: string }) {
  return (
    <section aria-labelledby={`t-${kind}`} className={`rounded-card border-2 bg-white ${kind === "breached" ? "border-danger" : "border-warn"}`}>
      <h2 id={`t-${kind}`} className={`px-3 py-2 font-bold ${kind === "breached" ? "bg-danger text-white" : "bg-warn-light text-warn"}`}>
        {kind === "breached" ? "▲" : "◆"} {title} <span className="tabular">({items.length})</span>
      </h2>
      {items.length === 0 ? <p className="p-3 text-sm text-muted">{empty}</p> : (
        <table className="w-full text-left text-sm tabular">
          <thead className="text-xs uppercase text-muted"><tr><th className="px-3 py-1">Case</th><th className="px-3 py-1">Urgency</th><th className="px-3 py-1">{kind === "breached" ? "Breached" : "Time left"}</th><th className="px-3 py-1">Provider</th><th className="px-3 py-1">Action</th></tr></thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.consultationId} className="border-t border-line align-top">
                <td className="px-3 py-1.5"><Link href={`/review/${i.consultationId}`} className="font-semibold text-brand hover:underline">{i.reference}</Link><span className="block text-xs text-muted">{consultationTypeLabel(i.consultationType)} · {i.status.replace(/_/g, " ")}</span></td>
                <td className="px-3 py-1.5 capitalize">{i.urgency}</td>
                <td className={`px-3 py-1.5 font-semibold ${kind === "breached" ? "text-danger" : "text-warn"}`}>{kind === "breached" ? `${minutesText(i.minutesLeft)} ago` : `${minutesText(i.minutesLeft)} left`}</td>
                <td className="px-3 py-1.5">{i.assignedProviderName ?? <span className="text-muted">Unassigned</span>}</td>
                <td className="px-3 py-1.5"><SlaRowActions consultationId={i.consultationId} status={i.status} hasProvider={!!i.assignedProviderId} onDone={onDone} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The supervisor console: what needs me now first (breached, at risk), then counters, then the rest. Live. */
export function SlaConsole({ realtimeUrl }: { realtimeUrl: string }) {
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: ["sla-console"] });
  const live = useRealtime(realtimeUrl, (s) => s.emit("subscribe:queue", {}, () => undefined), { "queue.changed": refresh });
  const q = useQuery({
    queryKey: ["sla-console"],
    queryFn: async (): Promise<SupervisorConsole> => {
      const res = await fetch("/api/v1/sla/console", { headers: { "x-background-refresh": "1" } });
      if (res.status === 401) window.location.assign("/login?reason=idle");
      if (!res.ok) throw new Error("Could not load the console");
      return res.json();
    },
    refetchInterval: live ? 30_000 : 10_000,
  });
  if (q.isPending) return <div aria-busy="true" aria-label="Loading the console" className="grid gap-4 lg:grid-cols-2">{[0, 1, 2, 3].map((i) => <div key={i} className="h-40 animate-pulse rounded-card bg-line/60" />)}</div>;
  if (q.isError) return <p role="alert" className="rounded-card border border-danger bg-danger-light p-4">{q.error.message}. <button className="font-semibold underline" onClick={() => q.refetch()}>Try again</button></p>;
  const d = q.data;
  return (
    <div className="space-y-4">
      <p className="flex items-center gap-2 text-sm text-muted" aria-live="polite">
        <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${live ? "bg-ok" : "bg-warn"}`} /> {live ? "Live" : "Refreshing every 10 s"} · updated {new Date(d.summary.generatedAt).toLocaleTimeString()}
      </p>
      <div className="grid items-start gap-4 xl:grid-cols-2">
        <SlaTable title="Breached" kind="breached" items={d.summary.breached} onDone={refresh} empty="No open consultation has breached its SLA." />
        <SlaTable title="At risk (less than 20% of the SLA left)" kind="atRisk" items={d.summary.atRisk} onDone={refresh} empty="Nothing is close to its deadline." />
      </div>
      <UrgencyTiles data={d} />
      <SidePanels data={d} />
      <ProviderLoad rows={d.providerLoad} />
    </div>
  );
}
