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

/** Emergency (break-the-glass) access marker, with the stated reason (two lines at most; all of it on hover). */
export function EmergencyBadge({ justification }: { justification: string | null }) {
  return (
    <span className="block max-w-72 rounded border border-warn bg-warn-light px-1.5 py-0.5 text-xs text-warn" title={justification ?? undefined}>
      <span className="font-bold"><span aria-hidden>⚠ </span>Emergency access</span>
      {justification && <span className="line-clamp-2 text-ink">“{justification}”</span>}
    </span>
  );
}
