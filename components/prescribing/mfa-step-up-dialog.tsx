"use client";

import { useState } from "react";
import { Modal } from "@/components/ui/modal";
import { Button } from "@/components/ui/button";
import { api } from "./api";

/**
 * Step-up verification when the server answers 403 MFA_REQUIRED: the prescriber enters a fresh
 * authenticator code (POST /api/v1/auth/mfa/verify) and the approval is retried.
 */
export function MfaStepUpDialog({ open, notEnrolled, onVerified, onCancel }: { open: boolean; notEnrolled?: boolean; onVerified: () => void; onCancel: () => void }) {
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const r = await api<{ mfaVerifiedAt: string }>("/api/v1/auth/mfa/verify", { method: "POST", json: { code: code.trim() } });
    setBusy(false);
    if (r.ok) {
      setCode("");
      setError(null);
      onVerified();
    } else setError(r.error.code === "VALIDATION_FAILED" ? "Enter the 6-digit code from your authenticator app." : r.error.message);
  };
  return (
    <Modal open={open} onCancel={onCancel} labelledBy="mfa-title">
      <h2 id="mfa-title" className="text-xl font-bold">Confirm it’s you</h2>
      {notEnrolled ? (
        <p className="mt-2">Set up two-factor authentication before prescribing. <a className="font-semibold text-brand underline" href="/account/security">Go to account security</a></p>
      ) : (
        <form className="mt-2" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <p className="text-sm">Approving a prescription needs an authenticator code from the last 15 minutes.</p>
          {error && <p role="alert" className="mt-2 text-sm font-semibold text-danger">{error}</p>}
          <label htmlFor="mfa-code" className="mt-3 block font-semibold">Authentication code</label>
          <input id="mfa-code" inputMode="numeric" autoComplete="one-time-code" autoFocus value={code} onChange={(e) => setCode(e.target.value)}
            className="mt-1 block min-h-11 w-40 rounded-md border-2 border-ink/70 px-3 text-lg tracking-widest tabular" />
          <div className="mt-4 flex gap-3">
            <Button type="submit" busy={busy} disabled={code.trim().length < 6}>Verify and approve</Button>
            <Button type="button" variant="ghost" onClick={onCancel}>Cancel</Button>
          </div>
        </form>
      )}
    </Modal>
  );
}
