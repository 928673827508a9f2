import { AuditResultsSkeleton } from "@/components/audit/audit-results-skeleton";

/** Shown while the audit page's alerts, chain status and first results load. */
export default function Loading() {
  return (
    <main id="main" className="mx-auto max-w-[1600px] space-y-5 px-4 py-6" aria-busy="true">
      <h1 className="text-2xl font-bold">Audit trail</h1>
      <div className="h-24 animate-pulse rounded-card bg-line/60" />
      <div className="h-16 animate-pulse rounded-card bg-line/60" />
      <div className="h-44 animate-pulse rounded-card bg-line/60" />
      <AuditResultsSkeleton />
    </main>
  );
}
