/**
 * Builds the triage engine's input from an intake and the patient's record,
 * runs the engine, and maps its decision onto consultation fields.
 */
import { runTriage } from "@/lib/triage/run-triage";
import type { TIntake } from "@/lib/schemas/intake";
import type { TTriageResult } from "@/lib/schemas/triage";
import { queuePriority } from "@/lib/consultations/queue-priority";
import type { Patient } from "../db/generated/prisma/client";

export function triageIntake(intake: TIntake, patient: Patient, now = new Date()): TTriageResult {
  const sex = patient.sex === "female" || patient.sex === "male" ? patient.sex : "unknown";
  return runTriage({
    symptoms: [intake.chiefComplaint, ...intake.symptoms, ...(intake.details ? [intake.details] : [])],
    vitals: intake.vitals,
    age: fractionalAge(patient.dateOfBirth, now),
    sex,
    pregnant: (intake.pregnancyStatus ?? patient.pregnancyStatus) === "pregnant",
    hypercapnicRespiratoryFailure: patient.hypercapnicRespiratoryFailure,
    immunosuppressed: patient.immunosuppressed,
    severity: intake.severity,
  });
}

/** Age in years with a fraction, so infant rules (e.g. under 3 months) apply correctly. */
export function fractionalAge(dob: Date, now: Date): number {
  return Math.max(0, Math.round(((now.getTime() - dob.getTime()) / (365.25 * 86_400_000)) * 100) / 100);
}

/** Consultation columns that carry the triage decision. */
export function triageFields(result: TTriageResult) {
  return {
    triageScore: result.triageScore,
    clinicalRiskLevel: result.clinicalRiskLevel,
    triageResult: result as object,
    redFlagIndicators: [...new Set(result.redFlags.map((f) => f.code))],
    requiresSynchronousVisit: result.requiresSynchronousVisit,
    urgency: result.recommendedUrgency,
    queuePriority: queuePriority(result.clinicalRiskLevel, result.triageScore, result.requiresSynchronousVisit),
  };
}
