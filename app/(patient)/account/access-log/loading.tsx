/** Placeholder cards the size of the access-log entries. */
export default function Loading() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8" aria-busy="true">
      <div role="status" className="space-y-3">
        <span className="sr-only">Loading…</span>
        <div className="h-9 w-72 animate-pulse rounded bg-line/70" />
        <div className="h-14 animate-pulse rounded bg-line/50" />
        {Array.from({ length: 4 }, (_, i) => <div key={i} className="h-24 animate-pulse rounded-card bg-white" />)}
      </div>
    </main>
  );
}
