import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { Time } from "@/components/ui/time";
import { RiskBadge } from "@/components/consultations/risk-badge";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { findConsultations } from "@/server/consultations/find-consultations";
import { consultationTypeLabel } from "@/lib/consultations/consultation-types";
import { minutesLeft } from "@/lib/sla/sla";
import type { RiskLevel } from "@/lib/consultations/statuses";

export const metadata = { title: "Queue" };

function SlaCell({ due }: { due: Date | null }) {
  if (!due) return <span className="text-muted">—</span>;
  const left = minutesLeft(new Date(due), new Date());
  if (left < 0) return <span className="font-bold text-danger">Breached {Math.abs(left)} min ago</span>;
  return <span className={left < 30 ? "font-bold text-warn" : ""}>{left < 120 ? `${left} min left` : `${Math.floor(left / 60)} h ${left % 60} min left`}</span>;
}

export default async function QueuePage() {
  const { actor, name, request } = await requirePageActor(["provider", "supervisor"], "/queue");
  const { items } = await findConsultations(actor, { status: ["triaged", "escalated"], limit: 100 }, request);
  return (
    <>
      <SiteHeader actor={actor} name={name} wide />
      <main id="main" className="mx-auto max-w-[1600px] px-4 py-6">
        <h1 className="text-2xl font-bold">Queue</h1>
        <p className="mt-1 text-sm text-muted">Ordered by clinical priority: emergencies and risk first, then time left to the SLA deadline.</p>
        {items.length === 0 ? (
          <p className="mt-6 rounded-card border border-line bg-white p-6">No consultations are waiting. New ones will appear here.</p>
        ) : (
          <div className="mt-4 overflow-x-auto rounded-card border border-line bg-white">
            <table className="w-full text-left text-sm tabular">
              <thead className="sticky top-0 bg-surface text-xs uppercase tracking-wide text-muted">
                <tr>
                  <th className="px-3 py-2">Risk</th>
                  <th className="px-3 py-2">SLA</th>
                  <th className="px-3 py-2">Type</th>
                  <th className="px-3 py-2">Complaint</th>
                  <th className="px-3 py-2">Red flags</th>
                  <th className="px-3 py-2">Score</th>
                  <th className="px-3 py-2">Waiting</th>
                  <th className="px-3 py-2">Status</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={String(c.id)} className="border-t border-line hover:bg-brand-light/50">
                    <td className="px-3 py-2"><RiskBadge level={c.clinicalRiskLevel as RiskLevel | null} /></td>
                    <td className="px-3 py-2"><SlaCell due={c.slaDueAt as Date | null} /></td>
                    <td className="px-3 py-2">{consultationTypeLabel(String(c.consultationType))}</td>
                    <td className="max-w-md truncate px-3 py-2">
                      <Link href={`/review/${c.id}`} className="font-semibold text-brand underline-offset-2 hover:underline">
                        {String(c.chiefComplaint)}
                      </Link>
                    </td>
                    <td className="px-3 py-2">
                      {(c.redFlagIndicators as string[]).map((f) => (
                        <span key={f} className="mr-1 inline-block rounded bg-danger-light px-1.5 py-0.5 text-xs font-semibold text-danger-dark">{f.replace(/_/g, " ")}</span>
                      ))}
                    </td>
                    <td className="px-3 py-2">{c.triageScore == null ? "—" : String(c.triageScore)}</td>
                    <td className="px-3 py-2"><Time date={c.submittedAt as Date} /></td>
                    <td className="px-3 py-2">{String(c.status).replace(/_/g, " ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </>
  );
}
