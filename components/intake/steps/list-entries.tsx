"use client";

import type { ReactNode } from "react";
import { Controller, type UseFieldArrayReturn, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Radios } from "@/components/ui/choices";
import { TextInput } from "@/components/ui/field";
import type { IntakeText } from "@/lib/i18n/intake";
import { errorAt, type IntakeFormValues } from "../form-helpers";

type Form = UseFormReturn<IntakeFormValues>;

/** A repeatable group ("Medicine 1", "Medicine 2"…) with Remove and "Add another" (GOV.UK add-another pattern). */
function EntryList({ id, note, error, count, title, onAdd, addLabel, children }: {
  id: string; note?: string; error?: string; count: number; title: (n: number) => string; onAdd: () => void; addLabel: string;
  children: (i: number) => ReactNode;
}) {
  return (
    <div id={id} tabIndex={-1} className="-mt-3 mb-8 border-l-4 border-line pl-4">
      {note && <p className="mb-3 border-l-4 border-brand bg-brand-light p-3">{note}</p>}
      {error && <p className="mb-3 font-semibold text-danger">{error}</p>}
      {Array.from({ length: count }, (_, i) => (
        <section key={i} aria-label={title(i + 1)} className="mb-4 rounded-card border border-line bg-white p-4">
          <h2 className="mb-3 text-lg font-bold">{title(i + 1)}</h2>
          {children(i)}
        </section>
      ))}
      <Button type="button" variant="secondary" onClick={onAdd}>
        {addLabel}
      </Button>
    </div>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} className="min-h-11 font-semibold text-danger underline underline-offset-4">
      {label}
    </button>
  );
}

export function MedicineEntries({ form, t, array, note }: { form: Form; t: IntakeText; array: UseFieldArrayReturn<IntakeFormValues, "medications">; note?: string }) {
  const m = t.medicines;
  const errors = form.formState.errors;
  return (
    <EntryList id="medications" note={note} error={errorAt(errors, "medications")} count={array.fields.length} title={m.medicineN}
      onAdd={() => array.append({ name: "", dose: "", frequency: "" })} addLabel={m.addMedicine}>
      {(i) => (
        <div key={array.fields[i]!.id}>
          <TextInput id={`medications-${i}-name`} label={m.medName} hint={i === 0 ? m.medNameHint : undefined} error={errorAt(errors, `medications.${i}.name`)} autoComplete="off" {...form.register(`medications.${i}.name`)} />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextInput id={`medications-${i}-dose`} label={`${m.medDose} ${t.optional}`} hint={i === 0 ? m.medDoseHint : undefined} autoComplete="off" {...form.register(`medications.${i}.dose`)} />
            <TextInput id={`medications-${i}-frequency`} label={`${m.medFrequency} ${t.optional}`} hint={i === 0 ? m.medFrequencyHint : undefined} autoComplete="off" {...form.register(`medications.${i}.frequency`)} />
          </div>
          {array.fields.length > 1 && <RemoveButton label={`${m.remove} ${m.medicineN(i + 1).toLowerCase()}`} onClick={() => array.remove(i)} />}
        </div>
      )}
    </EntryList>
  );
}

export function AllergyEntries({ form, t, array, note }: { form: Form; t: IntakeText; array: UseFieldArrayReturn<IntakeFormValues, "allergies">; note?: string }) {
  const m = t.medicines;
  const errors = form.formState.errors;
  return (
    <EntryList id="allergies" note={note} error={errorAt(errors, "allergies")} count={array.fields.length} title={m.allergyN}
      onAdd={() => array.append({ substance: "", reaction: "", type: "allergy" })} addLabel={m.addAllergy}>
      {(i) => (
        <div key={array.fields[i]!.id}>
          <TextInput id={`allergies-${i}-substance`} label={m.substance} hint={i === 0 ? m.substanceHint : undefined} error={errorAt(errors, `allergies.${i}.substance`)} autoComplete="off" {...form.register(`allergies.${i}.substance`)} />
          <TextInput id={`allergies-${i}-reaction`} label={`${m.reaction} ${t.optional}`} hint={i === 0 ? m.reactionHint : undefined} autoComplete="off" {...form.register(`allergies.${i}.reaction`)} />
          <Controller
            control={form.control}
            name={`allergies.${i}.type`}
            render={({ field }) => (
              <Radios id={`allergies-${i}-type`} name={field.name} legend={<span className="text-base font-semibold">{m.allergyTypeLegend}</span>} value={field.value} onChange={field.onChange}
                options={[{ value: "allergy", label: m.allergyType.allergy }, { value: "intolerance", label: m.allergyType.intolerance }]} />
            )}
          />
          {array.fields.length > 1 && <RemoveButton label={`${m.remove} ${m.allergyN(i + 1).toLowerCase()}`} onClick={() => array.remove(i)} />}
        </div>
      )}
    </EntryList>
  );
}
