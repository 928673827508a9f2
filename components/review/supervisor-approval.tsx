"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { approveAsSupervisorAction } from "@/server/actions/review";
import { Button } from "@/components/ui/button";

/** Supervisor sign-off when the case requires it (controlled substance, provider in training). */
export function SupervisorApproval({ consultationId, approvedAt, canApprove }: { consultationId: string; approvedAt: string | null; canApprove: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (approvedAt) return <p className="rounded border-l-4 border-ok bg-ok-light p-2 text-sm font-semibold">Supervisor approved {new Date(approvedAt).toLocaleString()}</p>;
  return (
    <div className="rounded border-l-4 border-warn bg-warn-light p-2 text-sm">
      <p className="font-semibold">Supervisor approval required before completion.</p>
      {canApprove && (
        <Button size="sm" className="mt-2" busy={pending} onClick={() => start(async () => {
          const r = await approveAsSupervisorAction(consultationId);
          if (r.ok) router.refresh();
          else setError(r.message);
        })}>Approve as supervisor</Button>
      )}
      {error && <p role="alert" className="mt-1 font-semibold text-danger">{error}</p>}
    </div>
  );
}
