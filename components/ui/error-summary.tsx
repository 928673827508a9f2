"use client";

import { useEffect, useRef } from "react";

/** GOV.UK error summary: focused when it appears, links to each field. */
export function ErrorSummary({ errors, title = "There is a problem" }: { errors: { field?: string; message: string }[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-danger bg-white p-4">
      <h2 id="error-summary-title" className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((e, i) => (
          <li key={i}>
            {e.field ? (
              <a href={`#${e.field}`} className="font-semibold text-danger underline">
                {e.message}
              </a>
            ) : (
              <span className="font-semibold text-danger">{e.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
