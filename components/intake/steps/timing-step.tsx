"use client";

import { Controller } from "react-hook-form";
import { Radios } from "@/components/ui/choices";
import { ONSETS } from "@/lib/schemas/intake";
import { errorAt } from "../form-helpers";
import type { StepProps } from "../step-fields";
import { SeverityScale } from "./severity-scale";

export function TimingStep({ form, t }: StepProps) {
  const errors = form.formState.errors;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold leading-tight">{t.timing.title}</h1>
      <Controller
        control={form.control}
        name="onset"
        render={({ field }) => (
          <Radios
            id="onset" name={field.name} legend={t.timing.onsetLegend} options={ONSETS.map((o) => ({ value: o, label: t.timing.onset[o] }))}
            value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errorAt(errors, "onset")}
          />
        )}
      />
      <Controller
        control={form.control}
        name="severity"
        render={({ field }) => <SeverityScale t={t} value={field.value} onChange={field.onChange} error={errorAt(errors, "severity")} />}
      />
    </>
  );
}
