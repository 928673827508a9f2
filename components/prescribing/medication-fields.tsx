"use client";

import type { Ref } from "react";
import { PRESCRIPTION_ROUTES } from "@/lib/schemas/prescriptions";
import { DOSE_UNITS, FREQUENCIES, suggestedQuantity, type PrescriptionDraft } from "@/lib/prescriptions/prescription-draft";
import { DrugCombobox } from "./drug-combobox";
import { WarningIcon } from "./icons";

const INPUT = "block min-h-11 w-full rounded-md border-2 bg-white px-2 py-2 tabular";
const border = (error?: string) => (error ? "border-danger" : "border-ink/70");

function Label({ htmlFor, children }: { htmlFor: string; children: string }) {
  return <label htmlFor={htmlFor} className="mb-1 block text-sm font-semibold">{children}</label>;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-danger"><span className="sr-only">Error: </span>{error}</p> : null;
}

/** One medication line: drug, dose, route, frequency, course, quantity, refills, instructions. */
export function MedicationFields({ prefix, index, draft, onChange, errors, onRemove, disabled, drugRef, controlled }: {
  prefix: string;
  index: number;
  draft: PrescriptionDraft;
  onChange: (next: PrescriptionDraft) => void;
  errors: Partial<Record<keyof PrescriptionDraft, string>>;
  onRemove?: () => void;
  disabled?: boolean;
  drugRef?: Ref<HTMLInputElement>;
  controlled?: string | null;
}) {
  const id = (f: string) => `${prefix}-${index}-${f}`;
  // Keep the suggested quantity in step with dose, frequency and days until the prescriber types their own.
  const update = (patch: Partial<PrescriptionDraft>) => {
    const next = { ...draft, ...patch };
    if (!next.quantityEdited && !("quantity" in patch)) next.quantity = String(suggestedQuantity(next) ?? "");
    onChange(next);
  };
  return (
    <fieldset className="rounded-card border border-line bg-surface/60 p-3" disabled={disabled}>
      <legend className="px-1 text-sm font-bold">Medication {index + 1}</legend>
      <div className="space-y-3">
        <div>
          <Label htmlFor={id("name")}>Drug</Label>
          <DrugCombobox ref={drugRef} id={id("name")} value={draft.name} error={errors.name} disabled={disabled}
            onChange={(name, picked) => update({ name, nameConfirmed: !!picked })}
            onCommit={() => { if (draft.name.trim() && !draft.nameConfirmed) update({ nameConfirmed: true }); }} />
          <FieldError id={id("name")} error={errors.name} />
          {controlled && (
            <p className="mt-1 text-sm font-semibold text-warn">
              <WarningIcon className="mr-1 h-4 w-4 align-[-3px]" />Controlled substance (schedule {controlled.replace(/^C/, "")}): the case is flagged for supervisor sign-off and a pharmacist handles the order.
            </p>
          )}
        </div>
        <div className="grid grid-cols-[1fr_auto] gap-2">
          <div>
            <Label htmlFor={id("amount")}>Dose</Label>
            <input id={id("amount")} inputMode="decimal" value={draft.amount} onChange={(e) => update({ amount: e.target.value })}
              aria-invalid={errors.amount ? true : undefined} aria-describedby={errors.amount ? `${id("amount")}-error` : undefined} className={`${INPUT} ${border(errors.amount)}`} />
          </div>
          <div>
            <Label htmlFor={id("unit")}>Unit</Label>
            <select id={id("unit")} value={draft.unit} onChange={(e) => update({ unit: e.target.value as PrescriptionDraft["unit"] })} className={`${INPUT} border-ink/70`}>
              {DOSE_UNITS.map((u) => <option key={u} value={u}>{u}</option>)}
            </select>
          </div>
        </div>
        <FieldError id={id("amount")} error={errors.amount} />
        <div className="grid grid-cols-2 gap-2">
          <div>
            <Label htmlFor={id("frequency")}>How often</Label>
            <select id={id("frequency")} value={draft.frequency} onChange={(e) => update({ frequency: e.target.value as PrescriptionDraft["frequency"] })} className={`${INPUT} border-ink/70`}>
              {FREQUENCIES.map((f) => <option key={f.key} value={f.key}>{f.label}</option>)}
            </select>
          </div>
          <div>
            <Label htmlFor={id("route")}>Route</Label>
            <select id={id("route")} value={draft.route} onChange={(e) => update({ route: e.target.value as PrescriptionDraft["route"] })} className={`${INPUT} border-ink/70`}>
              {PRESCRIPTION_ROUTES.map((r) => <option key={r} value={r}>{r}</option>)}
            </select>
          </div>
        </div>
        <div className="grid grid-cols-3 gap-2">
          <div>
            <Label htmlFor={id("days")}>Days</Label>
            <input id={id("days")} inputMode="numeric" value={draft.durationDays} onChange={(e) => update({ durationDays: e.target.value })}
              aria-invalid={errors.durationDays ? true : undefined} className={`${INPUT} ${border(errors.durationDays)}`} />
          </div>
          <div>
            <Label htmlFor={id("quantity")}>Quantity</Label>
            <input id={id("quantity")} inputMode="numeric" value={draft.quantity} onChange={(e) => update({ quantity: e.target.value, quantityEdited: e.target.value !== "" })}
              aria-invalid={errors.quantity ? true : undefined} className={`${INPUT} ${border(errors.quantity)}`} />
          </div>
          <div>
            <Label htmlFor={id("refills")}>Refills</Label>
            <input id={id("refills")} inputMode="numeric" value={draft.refills} onChange={(e) => update({ refills: e.target.value })}
              aria-invalid={errors.refills ? true : undefined} className={`${INPUT} ${border(errors.refills)}`} />
          </div>
        </div>
        <FieldError id={id("days")} error={errors.durationDays} />
        <FieldError id={id("quantity")} error={errors.quantity} />
        <FieldError id={id("refills")} error={errors.refills} />
        <div>
          <Label htmlFor={id("instructions")}>Instructions (optional)</Label>
          <textarea id={id("instructions")} value={draft.instructions} onChange={(e) => update({ instructions: e.target.value })} rows={2}
            placeholder="e.g. Take with food" className="block w-full rounded-md border-2 border-ink/70 bg-white px-2 py-1.5 text-sm" />
        </div>
        {onRemove && (
          <button type="button" onClick={onRemove} className="text-sm font-semibold text-brand underline underline-offset-4">
            Remove medication {index + 1}
          </button>
        )}
      </div>
    </fieldset>
  );
}
