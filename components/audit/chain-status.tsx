"use client";

import { useState, useTransition } from "react";
import { verifyAuditChainAction } from "@/server/actions/audit";
import { Button } from "@/components/ui/button";

export interface ChainStatusView {
  intact: boolean;
  checked: number;
  firstBrokenId?: string;
  verifiedAt: string;
  verifiedBy: string | null;
}

const fmt = (n: number) => n.toLocaleString("en-US");
// In the clinic's time zone, like every other time on the page (and identical on server and client).
const when = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-US", {
    timeZone, year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", second: "2-digit", timeZoneName: "short",
  }).format(new Date(iso));

/**
 * Integrity of the hash-chained audit trail: the last recorded verification
 * (intact, or broken at entry N), with "Verify now" to recompute it. The
 * result is announced (live region) and the page refreshed so the record shows.
 */
export function ChainStatus({ initial, timeZone }: { initial: ChainStatusView | null; timeZone: string }) {
  const [status, setStatus] = useState(initial);
  const [error, setError] = useState("");
  const [pending, start] = useTransition();
  const verify = () =>
    start(async () => {
      setError("");
      const res = await verifyAuditChainAction();
      if (!res.ok) return setError(res.message);
      setStatus({ ...res.result, verifiedAt: res.verifiedAt, verifiedBy: "you" });
    });

  const broken = status && !status.intact;
  const tone = !status ? "border-line bg-white" : broken ? "border-danger bg-danger-light" : "border-ok bg-ok-light";
  return (
    <section aria-labelledby="chain-heading" className={`flex flex-wrap items-center gap-x-6 gap-y-3 rounded-card border-2 p-4 ${tone}`}>
      <div className="min-w-0 flex-1" aria-live="polite" aria-busy={pending}>
        <h2 id="chain-heading" className="text-base font-bold">
          {!status && "Audit trail not verified yet"}
          {status && !broken && <><span aria-hidden>✓ </span>Audit trail intact</>}
          {broken && <><span aria-hidden>✕ </span>Audit trail broken at entry #{status.firstBrokenId}</>}
        </h2>
        <p className="text-sm">
          {!status && "Verification recomputes every entry’s SHA-256 link. Run it to check that nothing was edited or deleted."}
          {status && !broken && `${fmt(status.checked)} entries checked; every hash and link matches.`}
          {broken && `${fmt(status.checked)} entries before it check out. Entry #${status.firstBrokenId} was edited, or the one before it deleted: report this to your security officer.`}
        </p>
        {status && (
          <p className="text-xs text-muted">
            Verified <time dateTime={status.verifiedAt}>{when(status.verifiedAt, timeZone)}</time>{status.verifiedBy ? ` by ${status.verifiedBy}` : ""}
          </p>
        )}
        {error && <p role="alert" className="mt-1 text-sm font-semibold text-danger">{error}</p>}
      </div>
      <Button type="button" variant="secondary" size="sm" onClick={verify} busy={pending}>
        {pending ? "Verifying…" : "Verify now"}
      </Button>
    </section>
  );
}
