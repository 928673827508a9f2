import Link from "next/link";
import { auditActionLabel } from "@/lib/audit/audit-actions";
import { DateTime } from "@/components/ui/date-time";
import { EmergencyBadge, OutcomeBadge } from "./outcome-badge";

/** One row as the audit search answers it (GET /api/v1/audit). */
export interface AuditRowView {
  id: string;
  actorId: string | null;
  actorRole: string | null;
  actorName: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  patientId: string | null;
  patientName?: string;
  outcome: string;
  ipAddress: string | null;
  requestId: string | null;
  justification: string | null;
  emergencyAccess: boolean;
  createdAt: string;
}

const humanize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, " ");
const short = (id: string) => (id.length > 13 ? `${id.slice(0, 8)}…` : id);
const filterLink = "font-semibold text-brand underline-offset-2 hover:underline";

/**
 * The audit results: a dense table, one entry per row, fixed column order
 * (when, who, what, on what, about whom, outcome, source). Names link to the
 * same search narrowed to that person or resource.
 */
export function AuditResultsTable({ rows, timeZone }: { rows: AuditRowView[]; timeZone: string }) {
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-white">
      <table className="w-full text-left text-sm tabular">
        <caption className="sr-only">Audit entries, newest first</caption>
        <thead className="sticky top-0 bg-surface text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">#</th>
            <th scope="col" className="px-3 py-2">When</th>
            <th scope="col" className="px-3 py-2">Who</th>
            <th scope="col" className="px-3 py-2">Action</th>
            <th scope="col" className="px-3 py-2">Resource</th>
            <th scope="col" className="px-3 py-2">Patient</th>
            <th scope="col" className="px-3 py-2">Outcome</th>
            <th scope="col" className="px-3 py-2">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-line align-top hover:bg-brand-light/50">
              <td className="px-3 py-2 text-muted">{r.id}</td>
              <td className="whitespace-nowrap px-3 py-2"><DateTime date={r.createdAt} timeZone={timeZone} /></td>
              <td className="px-3 py-2">
                {r.actorId ? <Link href={`/audit?actorId=${r.actorId}`} className={filterLink}>{r.actorName ?? short(r.actorId)}</Link> : <span className="font-semibold">Automatic</span>}
                <span className="ml-1.5 rounded bg-surface px-1 py-0.5 text-xs text-muted">{r.actorRole ?? "system"}</span>
              </td>
              <td className="px-3 py-2" title={r.action}>{auditActionLabel(r.action)}</td>
              <td className="px-3 py-2">
                {humanize(r.resourceType)}
                {r.resourceId && (
                  <Link href={`/audit?resourceId=${encodeURIComponent(r.resourceId)}`} className="ml-1 font-mono text-xs text-brand underline-offset-2 hover:underline" title={r.resourceId}>
                    {short(r.resourceId)}
                  </Link>
                )}
              </td>
              <td className="px-3 py-2">
                {r.patientId ? <Link href={`/audit?patientId=${r.patientId}`} className={filterLink}>{r.patientName ?? short(r.patientId)}</Link> : <span className="text-muted">—</span>}
              </td>
              <td className="px-3 py-2">
                <div className="flex flex-col items-start gap-1">
                  <OutcomeBadge outcome={r.outcome} />
                  {r.emergencyAccess || r.action === "BREAK_GLASS" ? <EmergencyBadge justification={r.justification} /> : null}
                </div>
              </td>
              <td className="px-3 py-2 text-xs text-muted">
                <span className="block">{r.ipAddress ?? "—"}</span>
                {r.requestId && <span className="block font-mono" title={r.requestId}>{short(r.requestId)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
