"use client";

import { useActionState, useState } from "react";
import { createStaffAction, type AdminState } from "@/server/actions/admin";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CONSULTATION_TYPES, consultationTypeLabel } from "@/lib/consultations/consultation-types";

export function CreateStaffForm() {
  const [state, action, pending] = useActionState<AdminState, FormData>(createStaffAction, {});
  const [role, setRole] = useState("provider");
  const err = (f: string) => state.fieldErrors?.[f]?.join(" ");
  const summary = Object.entries(state.fieldErrors ?? {}).flatMap(([field, msgs]) => msgs.map((message) => ({ field, message })));
  return (
    <form action={action} noValidate>
      {state.created && (
        <div role="status" className="mb-5 border-l-4 border-ok bg-ok-light p-3">
          Account created for <strong>{state.created.email}</strong>. Temporary password (shown once):{" "}
          <code className="select-all font-mono font-bold">{state.created.temporaryPassword}</code>. They set up two-factor authentication at first sign-in.
        </div>
      )}
      {state.ok === false && <ErrorSummary errors={summary.length ? summary : [{ message: state.message ?? "Something went wrong" }]} />}
      <div className="grid gap-x-6 md:grid-cols-2">
        <TextInput id="name" label="Full name" error={err("name")} />
        <TextInput id="email" type="email" label="Email address" error={err("email")} />
        <Field id="role" label="Role" error={err("role")}>
          <select id="role" name="role" value={role} onChange={(e) => setRole(e.target.value)} className="block min-h-11 w-full rounded-md border-2 border-ink/70 bg-white px-3">
            <option value="provider">Provider</option>
            <option value="supervisor">Supervisor</option>
            <option value="pharmacist">Pharmacist</option>
            <option value="admin">Administrator</option>
          </select>
        </Field>
        {role === "provider" && <TextInput id="maxDailyConsultations" type="number" label="Daily consultation limit" defaultValue={20} min={1} max={200} error={err("maxDailyConsultations")} />}
      </div>
      {role === "provider" && (
        <>
          <fieldset className="mb-5">
            <legend className="font-semibold">Specialties</legend>
            {err("specialties") && <p className="text-sm font-semibold text-danger">{err("specialties")}</p>}
            <div className="mt-2 grid gap-1 sm:grid-cols-2">
              {CONSULTATION_TYPES.map((t) => (
                <label key={t} className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" name="specialties" value={t} className="h-5 w-5" /> {consultationTypeLabel(t)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-x-6 md:grid-cols-3">
            <TextInput id="licenseNumber" label="Licence number" error={err("licenseNumber")} />
            <TextInput id="licensedStates" label="Licensed states" hint="Comma-separated, e.g. NY, NJ" error={err("licensedStates")} />
            <TextInput id="licenseExpiresAt" type="date" label="Licence expires" error={err("licenseExpiresAt")} />
          </div>
        </>
      )}
      <Button type="submit" busy={pending}>
        Create staff account
      </Button>
    </form>
  );
}
