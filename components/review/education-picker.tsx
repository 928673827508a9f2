"use client";

import { useState, useTransition } from "react";
import { saveEducationAction } from "@/server/actions/review";
import { EDUCATION } from "@/lib/education/library";

/** Which education the patient receives at completion (pre-selected from the diagnosis and prescriptions). */
export function EducationPicker({ consultationId, selected, readOnly }: { consultationId: string; selected: string[]; readOnly: boolean }) {
  const [keys, setKeys] = useState(selected);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const toggle = (k: string) => {
    const next = keys.includes(k) ? keys.filter((x) => x !== k) : [...keys, k];
    setKeys(next);
    start(async () => {
      const r = await saveEducationAction(consultationId, next);
      setStatus(r.ok ? "Saved" : r.message);
    });
  };
  return (
    <section aria-labelledby="edu-pick" className="rounded-card border border-line bg-white p-4">
      <div className="flex items-center justify-between">
        <h2 id="edu-pick" className="font-bold">Patient education</h2>
        <span role="status" className="text-xs text-muted">{pending ? "Saving…" : status ?? "English and Spanish; attached at completion"}</span>
      </div>
      <fieldset disabled={readOnly} className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        <legend className="sr-only">Education to attach</legend>
        {EDUCATION.map((e) => (
          <label key={e.key} className="flex min-h-9 items-center gap-2">
            <input type="checkbox" checked={keys.includes(e.key)} onChange={() => toggle(e.key)} className="h-4 w-4" /> {e.en.title}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
