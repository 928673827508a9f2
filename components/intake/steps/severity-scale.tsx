"use client";

import { Fieldset } from "@/components/ui/choices";
import type { IntakeText } from "@/lib/i18n/intake";

/**
 * 0-10 as native radios (arrow keys move, screen readers read "6, 7 of 11"),
 * drawn as large numbered boxes: 6 per row on a phone, 11 in a row on wider screens.
 */
export function SeverityScale({ t, value, onChange, error }: { t: IntakeText; value: number | undefined; onChange: (v: number) => void; error?: string }) {
  return (
    <Fieldset id="severity" legend={t.timing.severityLegend} hint={t.timing.severityHint} error={error}>
      <div className="grid grid-cols-6 gap-2 sm:grid-cols-11">
        {Array.from({ length: 11 }, (_, n) => {
          const id = n === 0 ? "severity" : `severity-${n}`;
          return (
            <label
              key={n}
              htmlFor={id}
              className="relative flex h-12 cursor-pointer items-center justify-center rounded-md border-2 border-ink/60 bg-white text-lg font-bold tabular has-[:checked]:border-brand has-[:checked]:bg-brand has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-ink has-[:focus-visible]:shadow-[0_0_0_6px_var(--color-focus)]"
            >
              <input id={id} type="radio" name="severity" value={n} checked={value === n} onChange={() => onChange(n)} className="sr-only" />
              {n}
            </label>
          );
        })}
      </div>
      <div className="mt-2 flex justify-between gap-4 text-sm text-muted">
        <span>{t.timing.severityLow}</span>
        <span className="text-right">{t.timing.severityHigh}</span>
      </div>
    </Fieldset>
  );
}
