import Link from "next/link";
import type { TTriageResult } from "@/lib/schemas/triage";
import { consultationTypeLabel } from "@/lib/consultations/consultation-types";

interface Patient {
  name: string;
  age: number;
  sex: string;
  dateOfBirth: string;
  weightKg: number | null;
  pregnancyStatus: string;
  allergies: { substance: string; reaction?: string; type?: string }[];
  currentMedications: { name: string; dose?: string; frequency?: string; doseMg?: number }[];
  chronicConditions: string[];
  immunosuppressed: boolean;
  languagePreference: string;
  stateOfResidence: string;
}

interface Past {
  id: string;
  reference: string;
  submittedAt: Date;
  chiefComplaint: string;
  status: string;
  primaryDiagnosisCode: string | null;
  consultationType: string;
}

/** Left column: who the patient is; allergies, medicines and red flags always visible. */
export function PatientSummary({ patient, triage, translationRequired, past }: { patient: Patient; triage: TTriageResult | null; translationRequired: boolean; past: Past[] }) {
  return (
    <div className="space-y-4">
      {triage && triage.redFlags.length > 0 && (
        <section aria-labelledby="rf" className="rounded-card border-2 border-danger bg-danger-light p-3">
          <h2 id="rf" className="text-sm font-bold uppercase tracking-wide text-danger-dark">⚑ Red flags</h2>
          <ul className="mt-1 space-y-1 text-sm">
            {triage.redFlags.map((f, i) => (
              <li key={i}><strong>{f.label}</strong> <span className="text-muted">“{f.evidence.text}”{f.certainty === "possible" ? " (possible)" : ""}</span></li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="pt" className="rounded-card border border-line bg-white p-3">
        <h2 id="pt" className="text-lg font-bold">{patient.name}</h2>
        <p className="text-sm text-muted tabular">{patient.age} y · {patient.sex} · DOB {patient.dateOfBirth}{patient.weightKg ? ` · ${patient.weightKg} kg` : ""} · {patient.stateOfResidence}</p>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-muted">Pregnancy</dt><dd>{patient.pregnancyStatus.replace(/_/g, " ")}</dd>
          <dt className="text-muted">Language</dt>
          <dd>{patient.languagePreference === "es" ? "Spanish" : "English"}{translationRequired && <span className="ml-2 rounded bg-warn-light px-1.5 text-xs font-bold text-warn">Translation required</span>}</dd>
          {patient.immunosuppressed && (<><dt className="text-muted">Immune</dt><dd className="font-semibold text-danger">Immunosuppressed</dd></>)}
        </dl>
      </section>
      <section aria-labelledby="al" className="rounded-card border border-line bg-white p-3">
        <h2 id="al" className="text-sm font-bold uppercase tracking-wide text-muted">Allergies</h2>
        {patient.allergies.length === 0 ? <p className="text-sm">No known allergies recorded</p> : (
          <ul className="mt-1 space-y-0.5 text-sm">
            {patient.allergies.map((a, i) => (
              <li key={i}><strong className={a.type === "intolerance" ? "" : "text-danger-dark"}>{a.substance}</strong>{a.reaction ? ` — ${a.reaction}` : ""}{a.type === "intolerance" ? " (intolerance)" : ""}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="meds" className="rounded-card border border-line bg-white p-3">
        <h2 id="meds" className="text-sm font-bold uppercase tracking-wide text-muted">Current medicines</h2>
        {patient.currentMedications.length === 0 ? <p className="text-sm">None recorded</p> : (
          <ul className="mt-1 space-y-0.5 text-sm">
            {patient.currentMedications.map((m, i) => (
              <li key={i}><strong>{m.name}</strong> {m.dose ?? (m.doseMg ? `${m.doseMg} mg` : "")} {m.frequency ?? ""}</li>
            ))}
          </ul>
        )}
        {patient.chronicConditions.length > 0 && <p className="mt-2 text-sm"><span className="text-muted">Conditions:</span> {patient.chronicConditions.join(", ")}</p>}
      </section>
      <section aria-labelledby="hx" className="rounded-card border border-line bg-white p-3">
        <h2 id="hx" className="text-sm font-bold uppercase tracking-wide text-muted">Past consultations</h2>
        {past.length === 0 ? <p className="text-sm">None</p> : (
          <ul className="mt-1 space-y-1 text-sm">
            {past.map((p) => (
              <li key={p.id}>
                <Link href={`/review/${p.id}`} className="font-semibold text-brand hover:underline">{p.chiefComplaint}</Link>
                <span className="block text-xs text-muted">{p.submittedAt.toISOString().slice(0, 10)} · {consultationTypeLabel(p.consultationType)} · {p.status.replace(/_/g, " ")}{p.primaryDiagnosisCode ? ` · ${p.primaryDiagnosisCode}` : ""}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
