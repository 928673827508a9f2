"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { recordPhonedInAction, resendPrescriptionAction } from "@/server/actions/pharmacy";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";

/** Resend and "Record phoned in" for one manual-queue prescription. */
export function QueueActions({ prescriptionId, label, pharmacy, resendBlockedBy }: {
  prescriptionId: string;
  /** "Bob Nguyen — amoxicillin 500 mg", for the dialog title and accessible names. */
  label: string;
  pharmacy: { name: string; phone: string } | null;
  /** Why Resend cannot help (a configuration refusal), or null. */
  resendBlockedBy: string | null;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [action, setAction] = useState<"resend" | "phoned_in" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState("");
  const [reference, setReference] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);

  const resend = () => {
    setAction("resend");
    start(async () => {
      const r = await resendPrescriptionAction(prescriptionId);
      if (r.ok) router.refresh();
      else setError(r.message);
    });
  };
  const phonedIn = () => {
    setAction("phoned_in");
    start(async () => {
      const r = await recordPhonedInAction(prescriptionId, { outcome, ...(reference.trim() ? { pharmacyReference: reference.trim() } : {}) });
      if (r.ok) {
        setOpen(false);
        router.refresh();
      } else setFieldError(r.fieldErrors?.outcome?.[0] ?? r.fieldErrors?.pharmacyReference?.[0] ?? r.message);
    });
  };

  return (
    <div className="flex flex-col gap-2">
      <Button size="sm" variant="secondary" busy={pending && action === "resend"} disabled={!!resendBlockedBy || pending} onClick={resend}
        aria-label={`Resend electronically: ${label}`} title={resendBlockedBy ?? "Send it to the pharmacy gateway again"}>
        Resend
      </Button>
      {resendBlockedBy && <p className="max-w-40 text-xs text-muted">Resending will be refused for the same reason; phone it in.</p>}
      <Button size="sm" disabled={pending} onClick={() => { setOpen(true); setFieldError(null); }} aria-label={`Record phoned in: ${label}`}>Record phoned in</Button>
      {error && <p role="alert" className="text-sm font-semibold text-danger">{error}</p>}
      <Modal open={open} onCancel={() => setOpen(false)} labelledBy={`phoned-${prescriptionId}`}>
        <h2 id={`phoned-${prescriptionId}`} className="text-xl font-bold">Record phoned in</h2>
        <p className="mt-1 text-sm">{label}</p>
        {pharmacy && <p className="mt-1 text-sm">Call <strong>{pharmacy.name}</strong> on <a className="font-semibold text-brand underline tabular" href={`tel:${pharmacy.phone.replace(/[^\d+]/g, "")}`}>{pharmacy.phone}</a>.</p>}
        <form className="mt-3" onSubmit={(e) => { e.preventDefault(); phonedIn(); }}>
          {fieldError && <p role="alert" className="mb-2 text-sm font-semibold text-danger">{fieldError}</p>}
          <label htmlFor={`outcome-${prescriptionId}`} className="block font-semibold">What happened</label>
          <p id={`outcome-hint-${prescriptionId}`} className="text-sm text-muted">Who took the order and anything the pharmacy said (at least 5 characters).</p>
          <textarea id={`outcome-${prescriptionId}`} aria-describedby={`outcome-hint-${prescriptionId}`} value={outcome} onChange={(e) => setOutcome(e.target.value)} rows={3}
            className="mt-1 block w-full rounded-md border-2 border-ink/70 p-2" />
          <label htmlFor={`ref-${prescriptionId}`} className="mt-3 block font-semibold">Pharmacy reference (optional)</label>
          <input id={`ref-${prescriptionId}`} value={reference} onChange={(e) => setReference(e.target.value)} className="mt-1 block min-h-11 w-60 rounded-md border-2 border-ink/70 px-2" />
          <div className="mt-4 flex gap-3">
            <Button type="submit" busy={pending && action === "phoned_in"} disabled={outcome.trim().length < 5}>Save</Button>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </form>
      </Modal>
    </div>
  );
}
