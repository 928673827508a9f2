import Link from "next/link";
import { AuditResultsTable } from "@/components/audit/audit-results-table";
import { CursorPager } from "@/components/ui/cursor-pager";
import { buttonClass } from "@/components/ui/button";
import type { UserActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import type { TAuditSearchQuery } from "@/lib/schemas/audit";
import type { RequestContext } from "@/server/http/request-context";
import { searchAuditLogs } from "@/server/audit/search-audit-logs";

/**
 * The results half of the audit page, streamed inside a Suspense boundary keyed
 * by the query (so a new search shows the skeleton). Runs the audited search.
 */
export async function AuditResults({ actor, request, query, filters, trail, timeZone, patientLabel }: {
  actor: UserActor;
  request: RequestContext;
  query: TAuditSearchQuery;
  filters: Record<string, string | undefined>;
  trail?: string;
  timeZone: string;
  patientLabel?: string;
}) {
  let result;
  try {
    result = await searchAuditLogs(actor, query, request);
  } catch (e) {
    if (!isAppError(e) || e.status >= 500) throw e;
    return (
      <p role="alert" className="rounded-card border-4 border-danger bg-white p-4 font-semibold text-danger">
        {e.message} <Link href="/audit" className="text-brand underline">Start a new search</Link>
      </p>
    );
  }
  const exportHref = query.patientId
    ? `/api/v1/audit/export?${new URLSearchParams(Object.entries({ patientId: query.patientId, from: query.from, to: query.to }).filter((e): e is [string, string] => !!e[1]))}`
    : null;
  return (
    <section aria-labelledby="results-heading">
      <div className="mb-2 flex flex-wrap items-end justify-between gap-3">
        <h2 id="results-heading" className="text-lg font-bold">
          {query.patientId ? <>Access to {patientLabel ?? "this patient"}’s record</> : "Audit entries"}
          <span className="ml-2 text-sm font-normal text-muted">newest first · {result.items.length} shown</span>
        </h2>
        {exportHref ? (
          <a href={exportHref} download className={buttonClass("secondary", "sm")}>
            <span aria-hidden>⇩</span> Export CSV<span className="sr-only"> access report for {patientLabel ?? "this patient"}</span>
          </a>
        ) : (
          <p className="text-sm text-muted">Choose a patient to export their access report (CSV).</p>
        )}
      </div>
      {result.items.length === 0 ? (
        <div className="rounded-card border border-line bg-white p-6">
          <p className="font-semibold">No audit entries match this search.</p>
          <p className="mt-1 text-sm text-muted">Widen the dates, choose “Any action”, or clear a filter. Every access to patient data is recorded, so a patient with no entries has not been viewed in this period.</p>
        </div>
      ) : (
        <AuditResultsTable rows={result.items} timeZone={timeZone} />
      )}
      <CursorPager basePath="/audit" params={filters} position={{ cursor: query.cursor, trail }} nextCursor={result.nextCursor} />
    </section>
  );
}
