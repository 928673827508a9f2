"use client";

import { Controller } from "react-hook-form";
import { Checkbox } from "@/components/ui/choices";
import { errorAt } from "../form-helpers";
import type { StepProps } from "../step-fields";

export function ConsentStep({ form, t }: StepProps) {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold leading-tight">{t.consent.title}</h1>
      <ul className="mb-6 list-disc space-y-2 pl-6 text-lg">
        {t.consent.paragraphs.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <Controller
        control={form.control}
        name="consentAccepted"
        render={({ field }) => (
          <Checkbox id="consentAccepted" label={t.consent.checkbox} checked={field.value === true} onChange={(on) => field.onChange(on ? true : false)}
            error={errorAt(form.formState.errors, "consentAccepted")} />
        )}
      />
    </>
  );
}
