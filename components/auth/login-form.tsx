"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { signInAction, type SignInState } from "@/server/actions/auth";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";

export function LoginForm({ next, notice }: { next?: string; notice?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const totpRef = useRef<HTMLInputElement>(null);
  // Controlled, so React's reset after each action keeps what was typed (the TOTP step resubmits both).
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const showTotp = state.needsTotp;
  useEffect(() => {
    if (showTotp) totpRef.current?.focus();
  }, [showTotp, state]);
  const errorField = showTotp ? "totp" : state.code === "invalid_credentials" ? "password" : "email";
  return (
    <form action={action} noValidate>
      {notice && !state.error && (
        <p role="status" className="mb-5 border-l-4 border-brand bg-brand-light p-3">
          {notice}
        </p>
      )}
      {state.error && !(state.code === "mfa_required") && <ErrorSummary errors={[{ field: errorField, message: state.error }]} />}
      <input type="hidden" name="next" value={next ?? ""} />
      <TextInput id="email" name="email" type="email" label="Email address" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextInput id="password" name="password" type="password" label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      {showTotp && (
        <TextInput
          ref={totpRef}
          id="totp"
          name="totp"
          label="Authentication code"
          hint="Open your authenticator app and enter the 6-digit code for Async Visits."
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={8}
          className="max-w-40 tracking-widest tabular"
          error={state.code === "mfa_invalid" ? state.error : undefined}
        />
      )}
      <Button type="submit" busy={pending}>
        {showTotp ? "Verify and sign in" : "Sign in"}
      </Button>
    </form>
  );
}
