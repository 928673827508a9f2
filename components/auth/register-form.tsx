"use client";

import { useActionState } from "react";
import { registerAction, type RegisterState } from "@/server/actions/register";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { US_STATES } from "@/lib/schemas/account";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

const FIELD_ORDER = ["name", "email", "password", "dateOfBirth", "sex", "stateOfResidence", "preferredLanguage"];

export function RegisterForm() {
  const [state, action, pending] = useActionState<RegisterState, FormData>(registerAction, {});
  const err = (f: string) => state.fieldErrors?.[f]?.join(" ");
  const v = state.values ?? {};
  const summary = FIELD_ORDER.flatMap((f) => (state.fieldErrors?.[f] ?? []).map((message) => ({ field: f, message })));
  if (state.message && summary.length === 0) summary.push({ field: "", message: state.message });
  return (
    <form key={state.attempt ?? 0} action={action} noValidate>
      <ErrorSummary errors={summary.map((s) => ({ field: s.field || undefined, message: s.message }))} />
      <TextInput id="name" label="Full name" autoComplete="name" defaultValue={v.name} error={err("name")} />
      <TextInput id="email" type="email" label="Email address" autoComplete="email" defaultValue={v.email} error={err("email")} hint="We send updates about your care here. We never put medical details in emails." />
      <TextInput
        id="password"
        type="password"
        label="Create a password"
        autoComplete="new-password"
        error={err("password")}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Three or four unrelated words are easy to remember and hard to guess.`}
      />
      <TextInput id="dateOfBirth" type="date" label="Date of birth" defaultValue={v.dateOfBirth} error={err("dateOfBirth")} className="max-w-56" />
      <Field id="sex" label="Sex recorded on your medical record" error={err("sex")} hint="Some medicines and doses depend on it.">
        <select id="sex" name="sex" defaultValue={v.sex ?? ""} className="block min-h-11 w-full max-w-56 rounded-md border-2 border-ink/70 bg-white px-3" aria-invalid={err("sex") ? true : undefined}>
          <option value="" disabled>Choose…</option>
          <option value="female">Female</option>
          <option value="male">Male</option>
          <option value="other">Other</option>
        </select>
      </Field>
      <Field id="stateOfResidence" label="State you live in" error={err("stateOfResidence")} hint="Clinicians must be licensed in your state.">
        <select id="stateOfResidence" name="stateOfResidence" defaultValue={v.stateOfResidence ?? ""} className="block min-h-11 w-full max-w-56 rounded-md border-2 border-ink/70 bg-white px-3" aria-invalid={err("stateOfResidence") ? true : undefined}>
          <option value="" disabled>Choose…</option>
          {US_STATES.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </select>
      </Field>
      <fieldset className="mb-6">
        <legend className="text-base font-semibold">Preferred language / Idioma preferido</legend>
        <div className="mt-2 flex gap-6">
          {[["en", "English"], ["es", "Español"]].map(([value, label]) => (
            <label key={value} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="preferredLanguage" value={value} defaultChecked={(v.preferredLanguage ?? "en") === value} className="h-6 w-6" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" busy={pending}>
        Create account
      </Button>
    </form>
  );
}
