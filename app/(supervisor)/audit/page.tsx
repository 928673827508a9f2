import { Suspense } from "react";
import { SiteHeader } from "@/components/site-header";
import { AuditSearchForm } from "@/components/audit/audit-search-form";
import { AlertsPanel } from "@/components/audit/alerts-panel";
import { ChainStatus } from "@/components/audit/chain-status";
import { AuditResultsSkeleton } from "@/components/audit/audit-results-skeleton";
import { ZAuditSearchQuery, withoutBlankValues } from "@/lib/schemas/audit";
import { canReviewAuditAlerts } from "@/lib/audit/can-review-audit-alerts";
import { fieldErrorsOf } from "@/lib/errors";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { findAuditPageContext } from "@/server/audit/find-audit-page-context";
import { findLatestChainVerification } from "@/server/audit/find-latest-chain-verification";
import { findAuditAlerts } from "@/server/audit/find-audit-alerts";
import { AuditResults } from "./audit-results";

export const metadata = { title: "Audit trail" };

const FILTERS = ["patientId", "actorId", "resourceId", "action", "from", "to"] as const;

/** Supervisors and compliance admins: alerts, chain integrity, and the audit search with CSV export. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, name, request } = await requirePageActor(["supervisor", "admin"], "/audit");
  const params = withoutBlankValues(await searchParams);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params[f]])) as Record<(typeof FILTERS)[number], string | undefined>;
  const parsed = ZAuditSearchQuery.safeParse({ ...withoutBlankValues(filters), ...(params.cursor && { cursor: params.cursor }) });
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
  const [context, chain, alerts] = await Promise.all([
    findAuditPageContext(actor, parsed.success ? parsed.data : {}),
    findLatestChainVerification(actor),
    canReviewAuditAlerts(actor) ? findAuditAlerts(actor, { status: "open", limit: 50 }) : null,
  ]);
  const patientLabel = context.patient ? `${context.patient.name} (${context.patient.email})` : undefined;
  const actorLabel = context.actor ? `${context.actor.name} (${context.actor.email})` : undefined;
  return (
    <>
      <SiteHeader actor={actor} name={name} wide />
      <main id="main" className="mx-auto max-w-[1600px] space-y-5 px-4 py-6">
        <div>
          <h1 className="text-2xl font-bold">Audit trail</h1>
          <p className="mt-1 text-sm text-muted">Every access to patient data, tamper-evident (hash-chained) and append-only. Searches and exports here are recorded too.</p>
        </div>
        {alerts && <AlertsPanel alerts={alerts.items} timeZone={context.timeZone} />}
        <ChainStatus initial={chain} timeZone={context.timeZone} />
        <AuditSearchForm values={filters} labels={{ patient: patientLabel, actor: actorLabel }} timeZone={context.timeZone} fieldErrors={fieldErrors} />
        {parsed.success ? (
          <Suspense key={JSON.stringify(params)} fallback={<AuditResultsSkeleton />}>
            <AuditResults actor={actor} request={request} query={parsed.data} filters={filters} trail={params.trail} timeZone={context.timeZone} patientLabel={context.patient?.name} />
          </Suspense>
        ) : (
          <p role="alert" className="rounded-card border-4 border-danger bg-white p-4 font-semibold text-danger">
            Some filters are not valid: {Object.values(fieldErrors).flat().join(" ")}.
          </p>
        )}
      </main>
    </>
  );
}
