"use client";

import { Controller } from "react-hook-form";
import { Fieldset, Radios } from "@/components/ui/choices";
import { CONSCIOUSNESS_LEVELS } from "@/lib/schemas/triage";
import { errorAt } from "../form-helpers";
import type { StepProps } from "../step-fields";
import { EmergencyWarning } from "./emergency-warning";
import { NumberField, toNumberOrUndefined } from "./number-field";

export function ReadingsStep({ form, t }: StepProps) {
  const r = t.readings;
  const errors = form.formState.errors;
  const num = (name: "systolic" | "diastolic" | "heartRate" | "respiratoryRate" | "temperature" | "oxygenSaturation") =>
    form.register(`vitals.${name}`, { setValueAs: toNumberOrUndefined });
  const err = (name: string) => errorAt(errors, `vitals.${name}`);
  const alertness = form.watch("vitals.consciousness");
  const unit = form.watch("vitals.temperatureUnit") ?? "F";
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold leading-tight">{r.title}</h1>
      <p className="mb-6 text-lg">{r.intro}</p>
      <Fieldset id="vitals-bp" legend={r.bpLegend} hint={r.bpHint}>
        <div className="flex flex-wrap gap-x-6">
          <NumberField id="vitals-systolic" label={r.systolic} unit={r.units.mmHg} error={err("systolic")} register={num("systolic")} />
          <NumberField id="vitals-diastolic" label={r.diastolic} unit={r.units.mmHg} error={err("diastolic")} register={num("diastolic")} />
        </div>
      </Fieldset>
      <NumberField id="vitals-heartRate" label={r.heartRate} hint={r.heartRateHint} unit={r.units.bpm} error={err("heartRate")} register={num("heartRate")} />
      <NumberField id="vitals-respiratoryRate" label={r.breathing} hint={r.breathingHint} unit={r.units.perMinute} error={err("respiratoryRate")} register={num("respiratoryRate")} />
      <div className="mb-2">
        <NumberField id="vitals-temperature" label={r.temperature} hint={r.temperatureHint} unit={`°${unit}`} error={err("temperature")} register={num("temperature")} />
        <Controller
          control={form.control}
          name="vitals.temperatureUnit"
          render={({ field }) => (
            <Radios id="vitals-temperatureUnit" name={field.name} legend={<span className="text-base font-semibold">{r.unitLegend}</span>} inline
              options={[{ value: "F", label: r.unitF }, { value: "C", label: r.unitC }]} value={field.value} onChange={field.onChange} />
          )}
        />
      </div>
      <NumberField id="vitals-oxygenSaturation" label={r.oxygen} hint={r.oxygenHint} unit={r.units.percent} error={err("oxygenSaturation")} register={num("oxygenSaturation")} />
      <Controller
        control={form.control}
        name="vitals.onSupplementalOxygen"
        render={({ field }) => (
          <Radios id="vitals-onSupplementalOxygen" name={field.name} legend={r.onOxygenLegend} hint={r.onOxygenHint} inline
            options={[{ value: "yes", label: t.yes }, { value: "no", label: t.no }, { value: "unknown", label: t.notSure }]} value={field.value} onChange={field.onChange} />
        )}
      />
      <Controller
        control={form.control}
        name="vitals.consciousness"
        render={({ field }) => (
          <Radios id="vitals-consciousness" name={field.name} legend={r.alertLegend} hint={r.alertHint}
            options={CONSCIOUSNESS_LEVELS.map((c) => ({ value: c, label: r.alert[c] }))} value={field.value} onChange={field.onChange} />
        )}
      />
      {alertness && alertness !== "alert" && <EmergencyWarning t={t} />}
    </>
  );
}
