import Link from "next/link";
import type { SupervisorConsole } from "@/server/sla/get-supervisor-console";
import { URGENCIES, CONSULTATION_STATUSES } from "@/lib/consultations/statuses";

export function UrgencyTiles({ data }: { data: SupervisorConsole }) {
  const s = data.summary;
  const pct = Math.round(s.complianceRate * 1000) / 10;
  return (
    <section aria-label="Counters" className="grid grid-cols-2 gap-3 md:grid-cols-6">
      {URGENCIES.map((u) => (
        <div key={u} className="rounded-card border border-line bg-white p-3">
          <p className="text-xs font-semibold uppercase text-muted">Open · {u}</p>
          <p className="text-3xl font-bold tabular">{s.openByUrgency[u]}</p>
        </div>
      ))}
      <div className="rounded-card border border-line bg-white p-3">
        <p className="text-xs font-semibold uppercase text-muted">SLA compliance (30 days)</p>
        <p className={`text-3xl font-bold tabular ${pct < 90 ? "text-danger" : "text-ok"}`}>{pct}%</p>
      </div>
      <div className="rounded-card border border-line bg-white p-3">
        <p className="text-xs font-semibold uppercase text-muted">Emergencies</p>
        <p className={`text-3xl font-bold tabular ${data.emergencies.length ? "text-danger" : ""}`}>{data.emergencies.length}</p>
      </div>
      <details className="col-span-2 rounded-card border border-line bg-white p-3 md:col-span-6">
        <summary className="cursor-pointer text-sm font-semibold">Open consultations by state and urgency</summary>
        <table className="mt-2 text-sm tabular">
          <thead><tr><th className="pr-4 text-left">State</th>{URGENCIES.map((u) => <th key={u} className="px-3 capitalize">{u}</th>)}</tr></thead>
          <tbody>
            {CONSULTATION_STATUSES.filter((st) => st !== "completed" && st !== "cancelled").map((st) => (
              <tr key={st} className="border-t border-line"><td className="pr-4 capitalize">{st.replace(/_/g, " ")}</td>
                {URGENCIES.map((u) => <td key={u} className="px-3 text-center">{data.byState.find((b) => b.status === st && b.urgency === u)?.n ?? 0}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function Panel({ title, count, children, empty }: { title: string; count: number; children: React.ReactNode; empty: string }) {
  return (
    <section className="rounded-card border border-line bg-white p-3">
      <h2 className="font-bold">{title} <span className="tabular text-muted">({count})</span></h2>
      {count === 0 ? <p className="mt-1 text-sm text-muted">{empty}</p> : <ul className="mt-1 space-y-1 text-sm">{children}</ul>}
    </section>
  );
}

export function SidePanels({ data }: { data: SupervisorConsole }) {
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
      <Panel title="Emergency queue" count={data.emergencies.length} empty="No escalated cases.">
        {data.emergencies.map((e) => <li key={e.id}><Link href={`/review/${e.id}`} className="font-semibold text-brand hover:underline">{e.reference}</Link> — {e.escalationReason ?? e.chiefComplaint}</li>)}
      </Panel>
      <Panel title="Pending supervisor approvals" count={data.approvals.length} empty="Nothing to approve.">
        {data.approvals.map((a) => <li key={a.id}><Link href={`/review/${a.id}`} className="font-semibold text-brand hover:underline">{a.reference}</Link> · {a.provider ?? "unassigned"} · {a.status.replace(/_/g, " ")}</li>)}
      </Panel>
      <Panel title="Peer reviews in progress" count={data.peerReviews.length} empty="No peer reviews waiting.">
        {data.peerReviews.map((r) => <li key={r.id}><Link href={`/review/${r.consultationId}`} className="font-semibold text-brand hover:underline">{r.reference}</Link>{r.mandatory ? " · mandatory" : ""} · since {new Date(r.since).toLocaleTimeString()}</li>)}
      </Panel>
      <Panel title="Audit alerts" count={data.alerts.length} empty="No open alerts.">
        {data.alerts.map((a) => <li key={a.id}><span className={`mr-1 rounded px-1 text-xs font-bold uppercase ${a.severity === "high" ? "bg-danger text-white" : "bg-warn-light text-warn"}`}>{a.severity}</span>{a.kind.replace(/_/g, " ")} · <Link href="/audit" className="text-brand hover:underline">review</Link></li>)}
      </Panel>
    </div>
  );
}

export function ProviderLoad({ rows }: { rows: SupervisorConsole["providerLoad"] }) {
  return (
    <section aria-labelledby="load" className="rounded-card border border-line bg-white">
      <h2 id="load" className="px-3 py-2 font-bold">Provider load</h2>
      <table className="w-full text-left text-sm tabular">
        <thead className="bg-surface text-xs uppercase text-muted"><tr><th className="px-3 py-1">Provider</th><th className="px-3 py-1">Specialties</th><th className="px-3 py-1">Open now</th><th className="px-3 py-1">Today / limit</th><th className="px-3 py-1 w-1/4">Utilisation</th><th className="px-3 py-1">Availability</th></tr></thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.providerId} className="border-t border-line">
              <td className="px-3 py-1.5 font-semibold">{p.name}</td>
              <td className="px-3 py-1.5 text-xs">{p.specialties.join(", ").replace(/_/g, " ")}</td>
              <td className="px-3 py-1.5">{p.open}</td>
              <td className="px-3 py-1.5">{p.assignedToday} / {p.dailyLimit}</td>
              <td className="px-3 py-1.5">
                <div className="flex items-center gap-2"><div className="h-2 flex-1 rounded bg-surface"><div className={`h-2 rounded ${p.utilisation >= 0.9 ? "bg-danger" : p.utilisation >= 0.7 ? "bg-warn" : "bg-ok"}`} style={{ width: `${Math.min(100, p.utilisation * 100)}%` }} /></div><span>{Math.round(p.utilisation * 100)}%</span></div>
              </td>
              <td className="px-3 py-1.5">{p.licenceExpired ? <span className="font-semibold text-danger">Licence expired</span> : p.available ? "Available" : "Away"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
