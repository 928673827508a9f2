"use client";

import { useId, useState, useTransition } from "react";
import { findAuditPeopleAction } from "@/server/actions/audit";
import { Button } from "@/components/ui/button";

interface Person {
  id: string;
  name: string;
  email: string;
  role: string;
}

const INPUT = "block w-full min-h-10 rounded-md border-2 border-ink/70 bg-white px-2 py-1.5 text-sm";

/**
 * An id field (what the search submits) with a lookup by name or email next to
 * it, so nobody has to paste ids. Works without JavaScript as a plain id field.
 */
export function PersonPicker({ kind, name, label, idLabel, initialId, initialLabel }: {
  kind: "patient" | "staff";
  name: string;
  label: string;
  idLabel: string;
  initialId?: string;
  initialLabel?: string;
}) {
  const uid = useId();
  const [id, setId] = useState(initialId ?? "");
  const [chosen, setChosen] = useState(initialLabel ?? "");
  const [q, setQ] = useState("");
  const [people, setPeople] = useState<Person[] | null>(null);
  const [status, setStatus] = useState("");
  const [pending, start] = useTransition();

  const find = () =>
    start(async () => {
      const res = await findAuditPeopleAction({ kind, q });
      if (!res.ok) {
        setPeople(null);
        setStatus(res.fieldErrors?.q?.[0] ?? res.message);
        return;
      }
      setPeople(res.people);
      setStatus(res.people.length ? `${res.people.length} found — choose one` : `Nobody found for “${q}”`);
    });
  const choose = (p: Person) => {
    setId(p.id);
    setChosen(`${p.name} (${p.email})`);
    setPeople(null);
    setStatus(`Selected ${p.name}`);
  };

  return (
    <fieldset className="min-w-0 rounded-md border border-line p-3">
      <legend className="px-1 text-sm font-semibold">{label}</legend>
      <label htmlFor={`${uid}-q`} className="block text-xs text-muted">Find by name or email</label>
      <div className="mt-1 flex gap-2">
        <input
          id={`${uid}-q`} type="search" value={q} autoComplete="off" className={INPUT}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            // Enter looks the person up instead of submitting the whole search form.
            if (e.key === "Enter") {
              e.preventDefault();
              find();
            }
          }}
        />
        <Button type="button" variant="secondary" size="sm" onClick={find} busy={pending}>Find</Button>
      </div>
      <p role="status" className="mt-1 min-h-5 text-xs text-muted">{status}</p>
      {people && people.length > 0 && (
        <ul className="mt-1 max-h-48 overflow-auto rounded-md border border-line bg-white" aria-label={`Matching ${kind === "patient" ? "patients" : "staff"}`}>
          {people.map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => choose(p)} className="block w-full px-3 py-2 text-left text-sm hover:bg-brand-light">
                <span className="font-semibold">{p.name}</span> <span className="text-muted">{p.email}</span>
                {kind === "staff" && <span className="ml-1 rounded bg-surface px-1 text-xs text-muted">{p.role}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={name} className="mt-2 block text-xs text-muted">{idLabel}</label>
      <input
        id={name} name={name} value={id} spellCheck={false} autoComplete="off" className={`${INPUT} mt-1 font-mono`}
        onChange={(e) => {
          setId(e.target.value);
          setChosen("");
        }}
      />
      {chosen && id && (
        <p className="mt-1 flex items-center gap-2 text-sm">
          <span><span aria-hidden>✓</span> {chosen}</span>
          <button type="button" className="text-brand underline" onClick={() => { setId(""); setChosen(""); setStatus(""); }}>
            Clear<span className="sr-only"> {label.toLowerCase()}</span>
          </button>
        </p>
      )}
    </fieldset>
  );
}
