"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy } from "@/components/ui/field";

/** Blank → not measured; "38,2" (decimal comma) is read as 38.2; anything else → NaN, which the schema explains. */
export function toNumberOrUndefined(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  const s = String(v ?? "").trim().replace(",", ".");
  return s === "" ? undefined : Number(s);
}

/** A reading typed on the phone's number keypad, with its unit after the box. */
export function NumberField({ id, label, hint, unit, error, register }: {
  id: string; label: string; hint?: string; unit: string; error?: string; register: UseFormRegisterReturn;
}) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      <div className="mt-1.5 flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={`block min-h-11 w-28 rounded-md border-2 bg-white px-3 py-2 text-base tabular ${error ? "border-danger" : "border-ink/70"}`}
          {...register}
        />
        <span className="text-muted">{unit}</span>
      </div>
    </div>
  );
}
