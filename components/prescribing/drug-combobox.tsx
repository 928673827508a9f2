"use client";

import { useEffect, useId, useRef, useState, forwardRef, type KeyboardEvent } from "react";
import { api } from "./api";

export interface DrugSuggestion {
  name: string;
  brands: string[];
  classes: string[];
  controlledSubstance: boolean;
  deaSchedule: string | null;
  matched: { text: string; kind: "generic" | "brand" | "synonym" };
}

/**
 * Drug name with autocomplete (ARIA 1.2 combobox: input + listbox, arrows/Enter/Escape).
 * Suggestions come from GET /api/v1/drugs; free text is allowed (an unknown drug is then
 * reported by the safety check and needs an override).
 */
export const DrugCombobox = forwardRef<HTMLInputElement, {
  id: string;
  value: string;
  /** Every keystroke (picked undefined) and every pick from the list. */
  onChange: (name: string, picked?: DrugSuggestion) => void;
  /** The prescriber is done typing (left the field or pressed Enter): check what is there. */
  onCommit: () => void;
  error?: string;
  disabled?: boolean;
}>(
  function DrugCombobox({ id, value, onChange, onCommit, error, disabled }, ref) {
    const listId = useId();
    const [items, setItems] = useState<DrugSuggestion[]>([]);
    const [open, setOpen] = useState(false);
    const [active, setActive] = useState(-1);
    const typed = useRef(false);

    useEffect(() => {
      const q = value.trim();
      if (!typed.current || q.length < 2) {
        setItems([]);
        return;
      }
      const controller = new AbortController();
      const timer = setTimeout(async () => {
        try {
          const r = await api<{ items: DrugSuggestion[] }>(`/api/v1/drugs?q=${encodeURIComponent(q)}&limit=8`, { signal: controller.signal });
          if (r.ok) {
            setItems(r.data.items);
            setOpen(r.data.items.length > 0);
            setActive(-1);
          }
        } catch {
          // aborted by newer typing
        }
      }, 150);
      return () => {
        clearTimeout(timer);
        controller.abort();
      };
    }, [value]);

    const pick = (s: DrugSuggestion) => {
      typed.current = false;
      onChange(s.name, s);
      setOpen(false);
      setItems([]);
    };
    const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === "ArrowDown" && items.length) {
        e.preventDefault();
        setOpen(true);
        setActive((a) => (a + 1) % items.length);
      } else if (e.key === "ArrowUp" && items.length) {
        e.preventDefault();
        setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
      } else if (e.key === "Enter" && open && active >= 0) {
        e.preventDefault();
        pick(items[active]!);
      } else if (e.key === "Enter") {
        e.preventDefault();
        setOpen(false);
        onCommit();
      } else if (e.key === "Escape") {
        setOpen(false);
      }
    };

    return (
      <div className="relative">
        <input
          ref={ref} id={id} type="text" role="combobox" autoComplete="off" spellCheck={false} disabled={disabled}
          aria-autocomplete="list" aria-expanded={open} aria-controls={listId} aria-invalid={error ? true : undefined}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined} aria-describedby={error ? `${id}-error` : undefined}
          value={value} placeholder="Start typing, e.g. amoxicillin"
          onChange={(e) => {
            typed.current = true;
            onChange(e.target.value);
          }}
          onKeyDown={onKeyDown} onBlur={() => { onCommit(); setTimeout(() => setOpen(false), 150); }} onFocus={() => items.length && setOpen(true)}
          className={`block min-h-11 w-full rounded-md border-2 bg-white px-3 py-2 ${error ? "border-danger" : "border-ink/70"}`}
        />
        <ul id={listId} role="listbox" aria-label="Matching medications" hidden={!open}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-line bg-white shadow-lg">
          {items.map((s, i) => (
            <li key={s.name} id={`${listId}-${i}`} role="option" aria-selected={i === active}
              onMouseDown={(e) => { e.preventDefault(); pick(s); }}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand-light" : "hover:bg-surface"}`}>
              <span className="font-semibold">{s.name}</span>
              {s.matched.kind !== "generic" && <span className="text-muted"> ({s.matched.text})</span>}
              {s.controlledSubstance && <span className="ml-2 rounded bg-warn-light px-1 text-xs font-bold text-warn">Controlled {s.deaSchedule}</span>}
              {s.classes.length > 0 && <span className="block truncate text-xs text-muted">{s.classes.join(" · ")}</span>}
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
