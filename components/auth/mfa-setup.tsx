"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { confirmMfaAction } from "@/server/actions/mfa";
import { Button, buttonClass } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";

export function MfaSetup({ qrDataUrl, secret, token, homePath }: { qrDataUrl: string; secret: string; token: string; homePath: string }) {
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [pending, start] = useTransition();

  if (codes) {
    return (
      <div>
        <h2 className="text-xl font-bold">Two-factor authentication is on</h2>
        <p className="mt-2">
          Save these recovery codes somewhere safe. Each one works once if you lose your phone. <strong>They will not be shown again.</strong>
        </p>
        <ul aria-label="Recovery codes" className="mt-4 grid max-w-md grid-cols-2 gap-2 rounded-md border border-line bg-surface p-4 font-mono text-lg tabular">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <Link href={homePath} className={`${buttonClass("primary")} mt-6`}>
          I have saved my recovery codes
        </Link>
      </div>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await confirmMfaAction(token, code);
          if (r.ok) setCodes(r.recoveryCodes ?? []);
          else setError(r.message);
        });
      }}
    >
      {error && <ErrorSummary errors={[{ field: "code", message: error }]} />}
      <ol className="list-decimal space-y-4 pl-5">
        <li>
          Open an authenticator app (for example Google Authenticator, Microsoft Authenticator or 1Password) and scan this code:
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={qrDataUrl} alt="QR code for your authenticator app" width={220} height={220} className="mt-3 rounded border border-line bg-white p-2" />
          <p className="mt-2 text-sm text-muted">
            Can’t scan it? Enter this key instead: <code className="select-all break-all rounded bg-surface px-1 font-mono">{secret}</code>
          </p>
        </li>
        <li>
          <TextInput
            id="code"
            label="Enter the 6-digit code from the app"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ""))}
            className="max-w-40 tracking-widest tabular"
            error={error ?? undefined}
          />
        </li>
      </ol>
      <Button type="submit" busy={pending} disabled={code.length !== 6}>
        Turn on two-factor authentication
      </Button>
    </form>
  );
}
