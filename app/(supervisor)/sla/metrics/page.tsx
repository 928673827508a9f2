import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { BarChart } from "@/components/sla/bar-chart";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { getClinicMetrics, metricsRange } from "@/server/sla/get-clinic-metrics";
import { ZMetricsQuery } from "@/lib/schemas/metrics";
import { URGENCIES } from "@/lib/consultations/statuses";

export const metadata = { title: "Clinic metrics" };

export default async function MetricsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { actor, name } = await requirePageActor(["supervisor"], "/sla/metrics");
  const sp = await searchParams;
  const parsed = ZMetricsQuery.safeParse({ from: sp.from || undefined, to: sp.to || undefined, urgency: sp.urgency || undefined });
  const q = parsed.success ? parsed.data : {};
  const { from, to } = metricsRange(q);
  const tables = await getClinicMetrics(actor.organizationId, q, { includeChain: true });
  const qs = new URLSearchParams({ from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), ...(q.urgency ? { urgency: q.urgency } : {}) });
  return (
    <>
      <SiteHeader actor={actor} name={name} wide />
      <main id="main" className="mx-auto max-w-[1600px] px-4 py-5">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <Link href="/sla" className="text-sm font-semibold text-brand underline">← SLA console</Link>
            <h1 className="text-2xl font-bold">Clinic metrics</h1>
          </div>
          <form className="flex flex-wrap items-end gap-3 text-sm" method="get">
            <label className="font-semibold">From<input type="date" name="from" defaultValue={qs.get("from")!} className="mt-1 block min-h-10 rounded border-2 border-ink/60 px-2" /></label>
            <label className="font-semibold">To<input type="date" name="to" defaultValue={qs.get("to")!} className="mt-1 block min-h-10 rounded border-2 border-ink/60 px-2" /></label>
            <label className="font-semibold">Urgency
              <select name="urgency" defaultValue={q.urgency ?? ""} className="mt-1 block min-h-10 rounded border-2 border-ink/60 bg-white px-2">
                <option value="">All</option>
                {URGENCIES.map((u) => <option key={u} value={u}>{u}</option>)}
              </select>
            </label>
            <button className="min-h-10 rounded bg-brand px-4 font-semibold text-white">Apply</button>
            <a href={`/api/v1/sla/metrics/export?${qs}&table=billing`} className="min-h-10 self-end py-2 font-semibold text-brand underline">Download CPT suggestions (CSV)</a>
          </form>
        </div>
        {!parsed.success && <p role="alert" className="mt-3 rounded border-l-4 border-danger bg-danger-light p-2 text-sm">The dates were not valid; showing the last 30 days.</p>}
        <div className="mt-4 grid gap-4 xl:grid-cols-2">
          {tables.map((t) => (
            <section key={t.key} aria-labelledby={`m-${t.key}`} className="rounded-card border border-line bg-white p-4">
              <div className="flex items-start justify-between gap-2">
                <div>
                  <h2 id={`m-${t.key}`} className="font-bold">{t.title}</h2>
                  <p className="text-xs text-muted">{t.description}</p>
                </div>
                <a href={`/api/v1/sla/metrics/export?${qs}&table=${t.key}`} className="shrink-0 text-sm font-semibold text-brand underline">Download CSV</a>
              </div>
              {t.chart && t.rows.length > 0 && (
                <div className="mt-2"><BarChart title={t.title} unit={t.chart.unit} data={t.rows.map((r) => ({ label: String(r[t.chart!.label] ?? ""), value: r[t.chart!.value] === null ? null : Number(r[t.chart!.value]) }))} /></div>
              )}
              {t.rows.length === 0 ? <p className="mt-2 text-sm text-muted">No data in this range.</p> : (
                <table className="mt-2 w-full text-left text-sm tabular">
                  <thead className="text-xs uppercase text-muted"><tr>{t.columns.map((c) => <th key={c.key} className="py-1 pr-3">{c.label}{c.unit ? ` (${c.unit})` : ""}</th>)}</tr></thead>
                  <tbody>{t.rows.map((r, i) => <tr key={i} className="border-t border-line">{t.columns.map((c) => <td key={c.key} className="py-1 pr-3">{r[c.key] ?? "—"}</td>)}</tr>)}</tbody>
                </table>
              )}
            </section>
          ))}
        </div>
      </main>
    </>
  );
}
