import type { ComponentProps, ReactNode } from "react";

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** Label, hint and error wrapper (GOV.UK pattern: the error sits between hint and input). */
export function Field({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="block text-base font-semibold">
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
      <div className="mt-1.5">{children}</div>
    </div>
  );
}

export function describedBy(id: string, hint?: unknown, error?: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

const INPUT = "block w-full rounded-md border-2 bg-white px-3 py-2 text-base min-h-11 border-ink/70";

export function TextInput({ id, label, hint, error, className = "", ...props }: FieldProps & ComponentProps<"input">) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={props.name ?? id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${INPUT} ${error ? "border-danger" : ""} ${className}`}
        {...props}
      />
    </Field>
  );
}

export function TextArea({ id, label, hint, error, className = "", ...props }: FieldProps & ComponentProps<"textarea">) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={props.name ?? id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${INPUT} min-h-28 ${error ? "border-danger" : ""} ${className}`}
        {...props}
      />
    </Field>
  );
}
