"use client";

import { Controller } from "react-hook-form";
import { Radios } from "@/components/ui/choices";
import { errorAt } from "../form-helpers";
import type { StepProps } from "../step-fields";

export function AboutYouStep({ form, t, askPregnancy }: StepProps) {
  const a = t.aboutYou;
  const errors = form.formState.errors;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold leading-tight">{a.title}</h1>
      {askPregnancy && (
        <Controller
          control={form.control}
          name="pregnancyStatus"
          render={({ field }) => (
            <Radios id="pregnancyStatus" name={field.name} legend={a.pregnancyLegend} hint={a.pregnancyHint} value={field.value} onChange={field.onChange}
              options={(["pregnant", "not_pregnant", "unknown"] as const).map((p) => ({ value: p, label: a.pregnancy[p] }))} error={errorAt(errors, "pregnancyStatus")} />
          )}
        />
      )}
      <Controller
        control={form.control}
        name="preferredLanguage"
        render={({ field }) => (
          <Radios id="preferredLanguage" name={field.name} legend={a.languageLegend} hint={a.languageHint} value={field.value} onChange={field.onChange}
            options={[{ value: "en", label: <span lang="en">{t.languages.en}</span> }, { value: "es", label: <span lang="es">{t.languages.es}</span> }]}
            error={errorAt(errors, "preferredLanguage")} />
        )}
      />
    </>
  );
}
