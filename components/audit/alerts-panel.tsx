import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { AcknowledgeAlertButton } from "./acknowledge-alert-button";

/** An alert as GET /api/v1/audit/alerts answers it. */
export interface AlertView {
  id: string;
  kind: string;
  label: string;
  severity: string;
  summary: string;
  actorId: string | null;
  patientId: string | null;
  details: { windowStart?: string; consultationId?: string | null };
  createdAt: string;
}

function SeverityBadge({ severity }: { severity: string }) {
  const high = severity === "high";
  return (
    <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-bold ${high ? "bg-danger text-white" : "border border-warn bg-warn-light text-warn"}`}>
      <span aria-hidden>{high ? "▲" : "●"}</span>
      {high ? "High" : "Medium"}
    </span>
  );
}

/** Where "Show activity" goes: the flagged person's entries from the start of the window (or the break-glass consultation). */
function activityHref(a: AlertView): string {
  const q = new URLSearchParams();
  if (a.kind === "break_glass" && a.details.consultationId) q.set("resourceId", a.details.consultationId);
  else if (a.actorId) q.set("actorId", a.actorId);
  return `/audit?${q.toString()}`;
}

/** Open suspicious-access alerts, most serious questions first: "what needs me now?". */
export function AlertsPanel({ alerts, timeZone }: { alerts: AlertView[]; timeZone: string }) {
  return (
    <section aria-labelledby="alerts-heading" className="rounded-card border border-line bg-white">
      <h2 id="alerts-heading" className="border-b border-line px-4 py-3 text-lg font-bold">
        Access alerts <span className="ml-1 rounded-full bg-surface px-2 py-0.5 text-sm tabular">{alerts.length} open</span>
      </h2>
      {alerts.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">No open alerts. Unusual access (many records opened, repeated refusals, emergency access) is checked every minute and will appear here.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Open access alerts</caption>
          <thead className="bg-surface text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">Severity</th>
              <th scope="col" className="px-3 py-2">Alert</th>
              <th scope="col" className="px-3 py-2">Raised</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {alerts.map((a) => (
              <tr key={a.id} id={`alert-${a.id}`} className="border-t border-line align-top target:bg-focus/30">
                <td className="px-3 py-2"><SeverityBadge severity={a.severity} /></td>
                <td className="px-3 py-2">
                  <span className="font-semibold">{a.label}</span>
                  <span className="block text-muted">{a.summary}</span>
                </td>
                <td className="whitespace-nowrap px-3 py-2"><DateTime date={a.createdAt} timeZone={timeZone} /></td>
                <td className="px-3 py-2">
                  <div className="flex items-center justify-end gap-3 whitespace-nowrap">
                    <Link href={activityHref(a)} className="font-semibold text-brand underline-offset-2 hover:underline">
                      Show activity<span className="sr-only"> for this alert</span>
                    </Link>
                    <AcknowledgeAlertButton id={a.id} label={a.label} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
