/** Allowed / denied as icon + word + colour (never colour alone). */
export function OutcomeBadge({ outcome }: { outcome: string }) {
  const denied = outcome === "denied";
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-bold ${denied ? "border-danger bg-danger-light text-danger-dark" : "border-ok bg-ok-light text-ok"}`}>
      <span aria-hidden>{denied ? "✕" : "✓"}</span>
      {denied ? "Denied" : "Allowed"}
    </span>
  );
}

/** Emergency (break-the-glass) access marker, with the stated reason. */
export function EmergencyBadge({ justification }: { justification: string | null }) {
  return (
    <span className="inline-flex max-w-64 items-start gap-1 rounded border border-warn bg-warn-light px-1.5 py-0.5 text-xs font-bold text-warn" title={justification ?? undefined}>
      <span aria-hidden>⚠</span>
      <span>
        Emergency access{justification && <span className="block truncate font-normal text-ink">“{justification}”</span>}
      </span>
    </span>
  );
}
