"use client";

import { Controller } from "react-hook-form";
import { Radios } from "@/components/ui/choices";
import { CONSULTATION_TYPES, CONSULTATION_TYPE_LABELS } from "@/lib/consultations/consultation-types";
import { errorAt } from "../form-helpers";
import type { StepProps } from "../step-fields";

export function ReasonStep({ form, t, locale }: StepProps) {
  const options = CONSULTATION_TYPES.map((type) => ({
    value: type, label: CONSULTATION_TYPE_LABELS[type][locale], hint: CONSULTATION_TYPE_LABELS[type].hint[locale],
  }));
  return (
    <Controller
      control={form.control}
      name="consultationType"
      render={({ field }) => (
        <Radios
          id="consultationType" name={field.name} legend={t.reason.title} legendAsHeading hint={t.reason.hint} options={options}
          value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errorAt(form.formState.errors, "consultationType")}
        />
      )}
    />
  );
}
