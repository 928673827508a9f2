"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { saveDocumentationAction } from "@/server/actions/review";

export interface Documentation {
  assessment: string;
  differentialDiagnosis: { code: string; description: string }[];
  primaryDiagnosisCode: string;
  clinicalDecisionRationale: string;
  plan: string;
  careInstructions: string;
}

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "error"; message: string; fieldErrors?: Record<string, string[]> };

const AREA = "mt-1 block w-full rounded-md border-2 border-ink/60 bg-white px-2 py-1.5 text-sm";

/** Structured notes that autosave 1.5 s after the last keystroke (version-checked on the server). */
export function DocumentationForm({ consultationId, initial, initialVersion, readOnly }: { consultationId: string; initial: Documentation; initialVersion: number; readOnly: boolean }) {
  const router = useRouter();
  const [doc, setDoc] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const version = useRef(initialVersion);
  const dirty = useRef(false);

  useEffect(() => {
    if (!dirty.current || readOnly) return;
    const t = setTimeout(async () => {
      setState({ kind: "saving" });
      const differentialDiagnosis = doc.differentialDiagnosis.filter((d) => d.code.trim() || d.description.trim());
      const r = await saveDocumentationAction(consultationId, { ...doc, differentialDiagnosis, expectedVersion: version.current });
      if (r.ok) {
        version.current = r.data.version;
        dirty.current = false;
        setState({ kind: "saved", at: new Date() });
        // Other panels (e.g. the completion rationale, peer-review triggers) read the saved notes.
        router.refresh();
      } else setState({ kind: "error", message: r.message, fieldErrors: r.fieldErrors });
    }, 1500);
    return () => clearTimeout(t);
  }, [doc, consultationId, readOnly, router]);

  const set = <K extends keyof Documentation>(k: K, v: Documentation[K]) => {
    dirty.current = true;
    setDoc((d) => ({ ...d, [k]: v }));
  };
  const fieldError = (k: string) => (state.kind === "error" ? Object.entries(state.fieldErrors ?? {}).find(([f]) => f.startsWith(k))?.[1]?.[0] : undefined);

  return (
    <section aria-labelledby="doc" className="rounded-card border border-line bg-white p-4">
      <div className="flex items-center justify-between">
        <h2 id="doc" className="font-bold">Clinical documentation</h2>
        <span role="status" className="text-xs text-muted">
          {readOnly ? "Read only" : state.kind === "saving" ? "Saving…" : state.kind === "saved" ? `Saved ${state.at.toLocaleTimeString()}` : state.kind === "error" ? <span className="font-semibold text-danger">Not saved: {state.message}</span> : "Autosaves as you type"}
        </span>
      </div>
      <fieldset disabled={readOnly} className="mt-2 space-y-3 text-sm">
        <label className="block font-semibold">Assessment
          <textarea className={`${AREA} min-h-20`} value={doc.assessment} onChange={(e) => set("assessment", e.target.value)} />
        </label>
        <fieldset>
          <legend className="font-semibold">Differential diagnosis (ICD-10)</legend>
          {doc.differentialDiagnosis.map((d, i) => (
            <div key={i} className="mt-1 flex gap-2">
              <input aria-label={`Diagnosis ${i + 1} ICD-10 code`} placeholder="J02.9" className={`${AREA} w-24 uppercase tabular`} value={d.code}
                onChange={(e) => set("differentialDiagnosis", doc.differentialDiagnosis.map((x, j) => (j === i ? { ...x, code: e.target.value } : x)))} />
              <input aria-label={`Diagnosis ${i + 1} description`} placeholder="Acute pharyngitis" className={AREA} value={d.description}
                onChange={(e) => set("differentialDiagnosis", doc.differentialDiagnosis.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))} />
              <button type="button" aria-label={`Remove diagnosis ${i + 1}`} className="px-2 text-muted hover:text-danger" onClick={() => set("differentialDiagnosis", doc.differentialDiagnosis.filter((_, j) => j !== i))}>✕</button>
            </div>
          ))}
          {fieldError("differentialDiagnosis") && <p className="text-xs font-semibold text-danger">{fieldError("differentialDiagnosis")}</p>}
          <button type="button" className="mt-1 text-sm font-semibold text-brand underline" onClick={() => set("differentialDiagnosis", [...doc.differentialDiagnosis, { code: "", description: "" }])}>+ Add diagnosis</button>
        </fieldset>
        <label className="block font-semibold">Primary diagnosis code
          <input className={`${AREA} w-32 uppercase tabular`} value={doc.primaryDiagnosisCode} onChange={(e) => set("primaryDiagnosisCode", e.target.value)} aria-invalid={!!fieldError("primaryDiagnosisCode")} />
          {fieldError("primaryDiagnosisCode") && <span className="text-xs font-semibold text-danger">{fieldError("primaryDiagnosisCode")}</span>}
        </label>
        <label className="block font-semibold">Clinical decision rationale
          <textarea className={`${AREA} min-h-16`} value={doc.clinicalDecisionRationale} onChange={(e) => set("clinicalDecisionRationale", e.target.value)} />
        </label>
        <label className="block font-semibold">Plan
          <textarea className={`${AREA} min-h-16`} value={doc.plan} onChange={(e) => set("plan", e.target.value)} />
        </label>
        <label className="block font-semibold">Care instructions for the patient
          <span className="block text-xs font-normal text-muted">Plain language; the patient reads this.</span>
          <textarea className={`${AREA} min-h-16`} value={doc.careInstructions} onChange={(e) => set("careInstructions", e.target.value)} />
        </label>
      </fieldset>
    </section>
  );
}
