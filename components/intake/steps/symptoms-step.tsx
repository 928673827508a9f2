"use client";

import { Controller } from "react-hook-form";
import { Checkboxes } from "@/components/ui/choices";
import { TextArea, TextInput } from "@/components/ui/field";
import { COMMON_SYMPTOMS } from "@/lib/intake/common-symptoms";
import { errorAt } from "../form-helpers";
import type { StepProps } from "../step-fields";
import { EmergencyWarning } from "./emergency-warning";

export function SymptomsStep({ form, t, locale }: StepProps) {
  const errors = form.formState.errors;
  const picked = form.watch("symptoms") ?? [];
  const warn = COMMON_SYMPTOMS.some((s) => s.warn && picked.includes(s.value));
  const s = t.symptoms;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold leading-tight">{s.title}</h1>
      <TextInput id="chiefComplaint" label={<span className="text-lg">{s.complaintLabel}</span>} hint={s.complaintHint} error={errorAt(errors, "chiefComplaint")} autoComplete="off" {...form.register("chiefComplaint")} />
      <Controller
        control={form.control}
        name="symptoms"
        render={({ field }) => (
          <Checkboxes
            id="symptoms" name={field.name} legend={s.pickLegend} hint={s.pickHint} error={errorAt(errors, "symptoms")}
            options={COMMON_SYMPTOMS.map((c) => ({ value: c.value, label: c[locale] }))} value={field.value ?? []} onChange={field.onChange}
          />
        )}
      />
      {warn && <EmergencyWarning t={t} />}
      <TextInput id="otherSymptoms" label={`${s.otherLabel} ${t.optional}`} hint={s.otherHint} error={errorAt(errors, "otherSymptoms")} autoComplete="off" {...form.register("otherSymptoms")} />
      <TextArea id="details" label={`${s.detailsLabel} ${t.optional}`} hint={s.detailsHint} error={errorAt(errors, "details")} rows={5} {...form.register("details")} />
    </>
  );
}
