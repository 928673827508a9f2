"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { breakGlassAction } from "@/server/actions/review";
import { Button } from "@/components/ui/button";

/** Emergency access to a record outside your assignments: a stated reason, audited and time-boxed. */
export function BreakGlassForm({ consultationId }: { consultationId: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form className="mt-4 max-w-xl rounded-card border-2 border-warn bg-white p-5" onSubmit={(e) => {
      e.preventDefault();
      start(async () => {
        const r = await breakGlassAction(consultationId, reason);
        if (r.ok) router.refresh();
        else setError(r.fieldErrors?.justification?.[0] ?? r.message);
      });
    }}>
      <h2 className="text-lg font-bold">Emergency access (break the glass)</h2>
      <p className="mt-1 text-sm">You are not involved in this consultation. If you need it for a patient’s care right now, state why. Access lasts 60 minutes, is recorded with your reason, and your supervisors are notified.</p>
      {error && <p role="alert" className="mt-2 text-sm font-semibold text-danger">{error}</p>}
      <label className="mt-3 block text-sm font-semibold">Reason for emergency access
        <textarea required minLength={10} value={reason} onChange={(e) => setReason(e.target.value)} className="mt-1 block min-h-20 w-full rounded border-2 border-ink/60 p-2 font-normal" />
      </label>
      <Button type="submit" variant="danger" size="sm" className="mt-3" busy={pending}>Open the record</Button>
    </form>
  );
}
