/**
 * Minimum-necessary output: one place that turns a consultation row into what
 * the actor's relation allows (lib/auth/policy.ts FIELD_SETS).
 */
import { FIELD_SETS, type FieldSet } from "@/lib/auth/policy";
import type { Consultation, Patient, User } from "../db/generated/prisma/client";

export type ConsultationWithPatient = Consultation & { patient: Patient & { user: Pick<User, "name" | "email"> } };

export function ageOn(dob: Date, now = new Date()): number {
  let age = now.getUTCFullYear() - dob.getUTCFullYear();
  const m = now.getUTCMonth() - dob.getUTCMonth();
  if (m < 0 || (m === 0 && now.getUTCDate() < dob.getUTCDate())) age--;
  return age;
}

function patientBlock(p: ConsultationWithPatient["patient"], set: FieldSet) {
  const dob = p.dateOfBirth.toISOString().slice(0, 10);
  if (set === "pharmacy") return { id: p.id, name: p.user.name, dateOfBirth: dob, allergies: p.allergies };
  return {
    id: p.id, name: p.user.name, email: p.user.email, dateOfBirth: dob, age: ageOn(p.dateOfBirth), sex: p.sex,
    weightKg: p.weightKg, pregnancyStatus: p.pregnancyStatus, allergies: p.allergies, currentMedications: p.currentMedications,
    chronicConditions: p.chronicConditions, immunosuppressed: p.immunosuppressed, languagePreference: p.languagePreference,
    stateOfResidence: p.stateOfResidence,
  };
}

export function serializeConsultation(c: ConsultationWithPatient, set: FieldSet): Record<string, unknown> {
  const all: Record<string, unknown> = {
    ...c,
    patient: patientBlock(c.patient, set),
    patientAge: ageOn(c.patient.dateOfBirth),
    patientSex: c.patient.sex,
    triage: c.triageResult ? patientTriageSummary(c.triageResult) : null,
    news2Total: (c.triageResult as { news2?: { total?: number } } | null)?.news2?.total ?? null,
    news2Band: (c.triageResult as { news2?: { band?: string } } | null)?.news2?.band ?? null,
  };
  if (set === "full") {
    delete all.triage;
    return all;
  }
  const allowed = FIELD_SETS[set];
  return Object.fromEntries(Object.entries(all).filter(([k]) => allowed.includes(k)));
}

/** What a patient sees of their own triage: the care-card level, not the internals. */
function patientTriageSummary(result: unknown) {
  const r = result as { recommendedUrgency?: string; requiresSynchronousVisit?: boolean; clinicalRiskLevel?: string };
  return { urgency: r.recommendedUrgency, requiresSynchronousVisit: r.requiresSynchronousVisit, riskLevel: r.clinicalRiskLevel };
}

export const CONSULTATION_WITH_PATIENT = { patient: { include: { user: { select: { name: true, email: true } } } } } as const;
