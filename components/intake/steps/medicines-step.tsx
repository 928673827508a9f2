"use client";

import { useEffect } from "react";
import { Controller, useFieldArray } from "react-hook-form";
import { Radios } from "@/components/ui/choices";
import { errorAt } from "../form-helpers";
import type { StepProps } from "../step-fields";
import { AllergyEntries, MedicineEntries } from "./list-entries";

export function MedicinesStep({ form, t, prefilled }: StepProps) {
  const m = t.medicines;
  const errors = form.formState.errors;
  const meds = useFieldArray({ control: form.control, name: "medications" });
  const allergies = useFieldArray({ control: form.control, name: "allergies" });
  const takes = form.watch("takesMedicines");
  const has = form.watch("hasAllergies");
  // A "Yes" opens one empty entry, so there is always a box to type in.
  useEffect(() => {
    if (takes === "yes" && meds.fields.length === 0) meds.append({ name: "", dose: "", frequency: "" }, { shouldFocus: false });
  }, [takes, meds]);
  useEffect(() => {
    if (has === "yes" && allergies.fields.length === 0) allergies.append({ substance: "", reaction: "", type: "allergy" }, { shouldFocus: false });
  }, [has, allergies]);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold leading-tight">{m.title}</h1>
      <Controller
        control={form.control}
        name="takesMedicines"
        render={({ field }) => (
          <Radios id="takesMedicines" name={field.name} legend={m.takesLegend} hint={m.takesHint} inline value={field.value} onChange={field.onChange}
            options={[{ value: "yes", label: t.yes }, { value: "no", label: t.no }]} error={errorAt(errors, "takesMedicines")} />
        )}
      />
      {takes === "yes" && <MedicineEntries form={form} t={t} array={meds} note={prefilled.medicines ? m.prefilledNote : undefined} />}
      <Controller
        control={form.control}
        name="hasAllergies"
        render={({ field }) => (
          <Radios id="hasAllergies" name={field.name} legend={m.allergiesLegend} hint={m.allergiesHint} value={field.value} onChange={field.onChange}
            options={[{ value: "yes", label: t.yes }, { value: "no", label: m.noKnownAllergies }]} error={errorAt(errors, "hasAllergies")} />
        )}
      />
      {has === "yes" && <AllergyEntries form={form} t={t} array={allergies} note={prefilled.allergies ? m.prefilledNote : undefined} />}
    </>
  );
}
