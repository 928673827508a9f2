"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useRealtime } from "@/components/realtime/use-realtime";
import { CONSULTATION_TYPES, consultationTypeLabel } from "@/lib/consultations/consultation-types";
import { URGENCIES } from "@/lib/consultations/statuses";
import { TABS, type QueueTab } from "./queue-tabs";
import { useQueue, type QueueItem } from "./use-queue";
import { QueueRow } from "./queue-row";
import { AcceptRefusal, type Refusal } from "./accept-refusal";

export function QueueDashboard({ tabs, realtimeUrl, canAccept }: { tabs: QueueTab[]; realtimeUrl: string; canAccept: boolean }) {
  const router = useRouter();
  const [tab, setTab] = useState<QueueTab>(tabs[0]!);
  const [type, setType] = useState("");
  const [urgency, setUrgency] = useState("");
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [cursor, setCursor] = useState(0);
  const live = useRealtime(realtimeUrl, (s) => s.emit("subscribe:queue", {}, () => undefined), { "queue.changed": () => void q.invalidate() });
  const q = useQueue(tab, { type: type || undefined, urgency: urgency || undefined }, live);
  const fresh = useMemo(() => q.data?.pages.flatMap((p) => p.items) ?? [], [q.data]);

  // Rows never jump while the pointer is over the table: hold the shown list and offer the update.
  const [hovering, setHovering] = useState(false);
  const [shown, setShown] = useState<QueueItem[]>([]);
  useEffect(() => {
    if (!hovering) setShown(fresh);
  }, [fresh, hovering]);
  const pendingNew = hovering ? fresh.filter((f) => !shown.some((s) => s.id === f.id)).length : 0;
  const newIds = useRef(new Set<string>());
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (seen.current) for (const i of shown) if (!seen.current.has(i.id)) newIds.current.add(i.id);
    seen.current = new Set(shown.map((i) => i.id));
  }, [shown]);
  useEffect(() => {
    seen.current = null;
    newIds.current.clear();
  }, [tab, type, urgency]);

  const open = useCallback((id: string) => router.push(`/review/${id}`), [router]);
  const accept = async (item: QueueItem) => {
    setBusyId(item.id);
    setRefusal(null);
    const res = await fetch(`/api/v1/consultations/${item.id}/transitions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ to: "assigned", expectedVersion: item.version }),
    });
    setBusyId(null);
    if (res.ok) return open(item.id);
    const body = await res.json().catch(() => null);
    setRefusal({ reference: item.reference, code: body?.error?.code, message: body?.error?.message ?? "Could not accept", details: body?.error?.details });
    void q.invalidate();
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    if (e.key === "j") setCursor((c) => Math.min(c + 1, shown.length - 1));
    else if (e.key === "k") setCursor((c) => Math.max(c - 1, 0));
    else if (e.key === "Enter" && shown[cursor]) open(shown[cursor].id);
    else return;
    e.preventDefault();
  };

  return (
    <div onKeyDown={onKey}>
      <div className="flex flex-wrap items-end justify-between gap-3 border-b border-line">
        <div role="tablist" aria-label="Queues" className="flex gap-1">
          {tabs.map((t) => (
            <button key={t} role="tab" aria-selected={tab === t} onClick={() => { setTab(t); setCursor(0); }}
              className={`min-h-11 border-b-4 px-4 font-semibold ${tab === t ? "border-brand text-brand" : "border-transparent text-muted hover:text-ink"}`}>
              {TABS[t].label}
            </button>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-3 pb-2 text-sm">
          <label className="flex items-center gap-2">Type
            <select value={type} onChange={(e) => setType(e.target.value)} className="min-h-9 max-w-52 rounded border-2 border-ink/60 bg-white px-2">
              <option value="">All</option>
              {CONSULTATION_TYPES.map((t) => <option key={t} value={t}>{consultationTypeLabel(t)}</option>)}
            </select>
          </label>
          <label className="flex items-center gap-2">Urgency
            <select value={urgency} onChange={(e) => setUrgency(e.target.value)} className="min-h-9 rounded border-2 border-ink/60 bg-white px-2">
              <option value="">All</option>
              {URGENCIES.map((u) => <option key={u} value={u}>{u}</option>)}
            </select>
          </label>
          <span className="flex items-center gap-1.5 text-muted" aria-live="polite">
            <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${live ? "bg-ok" : "bg-warn"}`} /> {live ? "Live" : "Refreshing every 20 s"}
          </span>
        </div>
      </div>
      {refusal && <AcceptRefusal refusal={refusal} onClose={() => setRefusal(null)} />}
      {pendingNew > 0 && (
        <button onClick={() => setShown(fresh)} className="mt-3 w-full rounded bg-brand-light py-2 font-semibold text-brand-dark" aria-live="polite">
          {pendingNew} new — show
        </button>
      )}
      {q.isPending ? (
        <div aria-busy="true" aria-label="Loading the queue" className="mt-4 space-y-2">
          {Array.from({ length: 6 }, (_, i) => <div key={i} className="h-12 animate-pulse rounded bg-line/60" />)}
        </div>
      ) : q.isError ? (
        <p role="alert" className="mt-4 rounded-card border border-danger bg-danger-light p-4">
          {q.error.message}. <button className="font-semibold underline" onClick={() => q.refetch()}>Try again</button>
        </p>
      ) : shown.length === 0 ? (
        <p className="mt-4 rounded-card border border-line bg-white p-6 text-muted">{TABS[tab].empty}</p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-card border border-line bg-white" onMouseEnter={() => setHovering(true)} onMouseLeave={() => setHovering(false)}>
          <table className="w-full text-left text-sm tabular">
            <caption className="sr-only">{TABS[tab].label}. Use j and k to move, Enter to open.</caption>
            <thead className="sticky top-0 z-10 bg-surface text-xs uppercase tracking-wide text-muted">
              <tr>
                {["Risk", "SLA", "Type", "Complaint and red flags", "NEWS2", "Score", "Patient", "Waiting", canAccept && tab === "queue" ? "Action" : "Status"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((item, i) => (
                <QueueRow key={item.id} item={item} active={i === cursor} highlight={newIds.current.has(item.id)} onOpen={open}
                  action={canAccept && tab === "queue" ? { label: "Accept", busy: busyId === item.id, run: () => accept(item), disabledReason: item.status === "escalated" ? "Escalated cases are routed by a supervisor" : undefined } : undefined} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {q.hasNextPage && (
        <button onClick={() => q.fetchNextPage()} disabled={q.isFetchingNextPage} className="mt-3 font-semibold text-brand underline">
          {q.isFetchingNextPage ? "Loading…" : "Show more"}
        </button>
      )}
      <p className="mt-3 text-xs text-muted">Keyboard: j / k to move, Enter to open.</p>
    </div>
  );
}
