/**
 * The input every AI function receives: the patient's record, this consultation's intake and
 * triage, previous consultations, the message thread and the provider's notes so far. Built
 * here, purely, from rows the server loads (server/ai/load-ai-context.ts). The full context
 * carries identifiers (name, contact details, dates, the reference); lib/ai/deidentify.ts
 * removes them before the context may go to a service without a BAA.
 */
import type { TIntake } from "../schemas/intake";
import type { TTriageResult } from "../schemas/triage";

export interface AiContextPatient {
  /** Identifiers: present only in the full context. */
  name?: string;
  email?: string;
  phone?: string | null;
  dateOfBirth?: string;
  /** Whole years; "90+" once de-identified (Safe Harbor aggregates ages over 89). */
  age: number | "90+";
  sex: string;
  stateOfResidence?: string;
  weightKg: number | null;
  heightCm: number | null;
  pregnancyStatus: string;
  chronicConditions: string[];
  immunosuppressed: boolean;
  serumCreatinine: number | null;
  allergies: { substance: string; reaction?: string; type?: string }[];
  currentMedications: { name: string; doseMg?: number; frequencyPerDay?: number }[];
  preferredLanguage: "en" | "es";
}

export interface AiContext {
  patient: AiContextPatient;
  consultation: {
    reference?: string;
    /** ISO date of submission; only the year once de-identified. */
    date: string;
    consultationType: string;
    chiefComplaint: string;
    symptoms: string[];
    details: string | null;
    onset: string;
    severity: number;
    vitals: Record<string, number | boolean | string> | null;
    reportedMedications: { name: string; dose?: string; frequency?: string }[];
    reportedAllergies: { substance: string; reaction?: string; type?: string }[];
    noKnownAllergies: boolean;
  };
  triage: {
    riskLevel: string;
    triageScore: number;
    urgency: string;
    requiresSynchronousVisit: boolean;
    redFlags: { code: string; label: string; category: string; severity: string; certainty: string }[];
    news2: { total: number; band: string; complete: boolean; missing: string[] } | null;
    reasons: string[];
  } | null;
  previousConsultations: { reference?: string; date: string; chiefComplaint: string; primaryDiagnosisCode: string | null; status: string }[];
  messages: { from: "patient" | "clinician"; body: string }[];
  providerNotes: {
    assessment: string | null;
    primaryDiagnosisCode: string | null;
    differentialDiagnosis: { code: string; description: string }[];
    plan: string | null;
    careInstructions: string | null;
  };
}

/** Plain row data, as loaded by the server. */
export interface AiContextFacts {
  now: Date;
  patient: {
    name: string; email: string; phone: string | null; dateOfBirth: Date; sex: string; stateOfResidence: string;
    weightKg: number | null; heightCm: number | null; pregnancyStatus: string; chronicConditions: string[]; immunosuppressed: boolean;
    serumCreatinine: number | null; allergies: unknown; currentMedications: unknown; languagePreference: string;
  };
  consultation: {
    reference: string; submittedAt: Date; intake: TIntake; triageResult: TTriageResult | null; patientLanguagePreference: string;
    assessment: string | null; primaryDiagnosisCode: string | null; differentialDiagnosis: unknown; plan: string | null; careInstructions: string | null;
  };
  previous: { reference: string; submittedAt: Date; chiefComplaint: string; primaryDiagnosisCode: string | null; status: string }[];
  messages: { senderRole: string; body: string; automated: boolean }[];
}

/** Messages kept in the context: the most recent ones carry the patient's answers. */
const MAX_MESSAGES = 10;

/** Completed years on `now` (UTC calendar). */
export function ageInWholeYears(dob: Date, now: Date): number {
  let age = now.getUTCFullYear() - dob.getUTCFullYear();
  const m = now.getUTCMonth() - dob.getUTCMonth();
  if (m < 0 || (m === 0 && now.getUTCDate() < dob.getUTCDate())) age--;
  return Math.max(0, age);
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function list<T>(json: unknown, pick: (o: Record<string, unknown>) => T | null): T[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((x) => (x && typeof x === "object" ? [pick(x as Record<string, unknown>)].filter((v): v is T => v !== null) : []));
}

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** Builds the full (identified) context. */
export function buildAiContext(f: AiContextFacts): AiContext {
  const { intake } = f.consultation;
  const t = f.consultation.triageResult;
  const lang = (intake.preferredLanguage ?? f.consultation.patientLanguagePreference) === "es" ? "es" : "en";
  return {
    patient: {
      name: f.patient.name, email: f.patient.email, phone: f.patient.phone, dateOfBirth: isoDate(f.patient.dateOfBirth),
      age: ageInWholeYears(f.patient.dateOfBirth, f.now), sex: f.patient.sex, stateOfResidence: f.patient.stateOfResidence,
      weightKg: f.patient.weightKg, heightCm: f.patient.heightCm, pregnancyStatus: intake.pregnancyStatus ?? f.patient.pregnancyStatus,
      chronicConditions: [...f.patient.chronicConditions], immunosuppressed: f.patient.immunosuppressed, serumCreatinine: f.patient.serumCreatinine,
      allergies: list(f.patient.allergies, (o) => (str(o.substance) ? { substance: str(o.substance)!, reaction: str(o.reaction), type: str(o.type) } : null)),
      currentMedications: list(f.patient.currentMedications, (o) => (str(o.name) ? { name: str(o.name)!, doseMg: num(o.doseMg), frequencyPerDay: num(o.frequencyPerDay) } : null)),
      preferredLanguage: lang,
    },
    consultation: {
      reference: f.consultation.reference, date: isoDate(f.consultation.submittedAt), consultationType: intake.consultationType,
      chiefComplaint: intake.chiefComplaint, symptoms: [...intake.symptoms], details: intake.details ?? null, onset: intake.onset, severity: intake.severity,
      vitals: intake.vitals ? { ...intake.vitals } : null,
      reportedMedications: intake.medications.map((m) => ({ ...m })), reportedAllergies: intake.allergies.map((a) => ({ ...a })), noKnownAllergies: intake.noKnownAllergies,
    },
    triage: t
      ? {
          riskLevel: t.clinicalRiskLevel, triageScore: t.triageScore, urgency: t.recommendedUrgency, requiresSynchronousVisit: t.requiresSynchronousVisit,
          redFlags: t.redFlags.map((r) => ({ code: r.code, label: r.label, category: r.category, severity: r.severity, certainty: r.certainty })),
          news2: t.news2 ? { total: t.news2.total, band: t.news2.band, complete: t.news2.complete, missing: [...t.news2.missing] } : null,
          reasons: [...(t.reasons ?? [])],
        }
      : null,
    previousConsultations: f.previous.map((p) => ({ reference: p.reference, date: isoDate(p.submittedAt), chiefComplaint: p.chiefComplaint, primaryDiagnosisCode: p.primaryDiagnosisCode, status: p.status })),
    messages: f.messages.filter((m) => !m.automated).slice(-MAX_MESSAGES).map((m) => ({ from: m.senderRole === "patient" ? "patient" : "clinician", body: m.body })),
    providerNotes: {
      assessment: f.consultation.assessment, primaryDiagnosisCode: f.consultation.primaryDiagnosisCode,
      differentialDiagnosis: list(f.consultation.differentialDiagnosis, (o) => (str(o.code) ? { code: str(o.code)!, description: str(o.description) ?? "" } : null)),
      plan: f.consultation.plan, careInstructions: f.consultation.careInstructions,
    },
  };
}
