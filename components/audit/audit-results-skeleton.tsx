/** Placeholder the size of a page of results, shown while a search runs. */
export function AuditResultsSkeleton() {
  return (
    <div role="status" aria-live="polite" className="rounded-card border border-line bg-white p-3">
      <span className="sr-only">Searching the audit trail…</span>
      <div className="mb-3 h-6 w-64 animate-pulse rounded bg-line/70" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="mb-2 h-9 animate-pulse rounded bg-surface" />
      ))}
    </div>
  );
}
