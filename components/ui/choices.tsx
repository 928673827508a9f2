import type { ReactNode } from "react";

/**
 * Radios and checkboxes (GOV.UK pattern): a fieldset whose legend is the
 * question, hint and error under it, and large native inputs whose whole row
 * is the tap target (at least 44 px). The first input's id is the group id,
 * so an error summary link (#id) lands on it.
 */
export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface GroupProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The legend is the page's question: show it as the h1. */
  legendAsHeading?: boolean;
  inline?: boolean;
  children?: ReactNode;
}

export function Fieldset({ id, legend, hint, error, legendAsHeading, children }: GroupProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className={`mb-7 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <legend className={legendAsHeading ? "mb-2" : "mb-1 text-lg font-bold"}>
        {legendAsHeading ? <h1 className="text-3xl font-bold leading-tight">{legend}</h1> : legend}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-2 text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mb-2 font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

const ROW = "flex min-h-11 cursor-pointer items-start gap-3 rounded-md py-2 pr-2";
const INPUT = "mt-0.5 h-7 w-7 shrink-0 cursor-pointer accent-brand";

export function Radios({
  name, options, value, onChange, onBlur, inline, ...group
}: GroupProps & { name: string; options: readonly ChoiceOption[]; value: string | undefined; onChange: (v: string) => void; onBlur?: () => void }) {
  return (
    <Fieldset {...group}>
      <div className={inline ? "flex flex-wrap gap-x-6" : "space-y-1"}>
        {options.map((o, i) => {
          const id = i === 0 ? group.id : `${group.id}-${i}`;
          return (
            <label key={o.value} htmlFor={id} className={ROW}>
              <input
                id={id}
                type="radio"
                name={name}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                onBlur={onBlur}
                className={INPUT}
                aria-describedby={o.hint ? `${id}-item-hint` : undefined}
              />
              <span className="pt-0.5">
                <span className="block text-base">{o.label}</span>
                {/* Hidden from the label's name (it is read once, through aria-describedby), but part of the tap target. */}
                {o.hint && (
                  <span id={`${id}-item-hint`} aria-hidden className="block text-sm text-muted">
                    {o.hint}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </Fieldset>
  );
}

export function Checkboxes({
  name, options, value, onChange, ...group
}: GroupProps & { name: string; options: readonly ChoiceOption[]; value: readonly string[]; onChange: (v: string[]) => void }) {
  const toggle = (v: string, on: boolean) => onChange(on ? [...value, v] : value.filter((x) => x !== v));
  return (
    <Fieldset {...group}>
      <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {options.map((o, i) => {
          const id = i === 0 ? group.id : `${group.id}-${i}`;
          return (
            <label key={o.value} htmlFor={id} className={ROW}>
              <input id={id} type="checkbox" name={name} value={o.value} checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} className={INPUT} />
              <span className="pt-0.5 text-base">{o.label}</span>
            </label>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** One checkbox with its own label (e.g. "I agree"), error above it. */
export function Checkbox({ id, label, error, checked, onChange }: { id: string; label: ReactNode; error?: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      {error && (
        <p id={`${id}-error`} className="mb-2 font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      <label htmlFor={id} className={ROW}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={INPUT}
        />
        <span className="pt-0.5 text-base font-semibold">{label}</span>
      </label>
    </div>
  );
}
