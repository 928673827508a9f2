/**
 * The fields a patient's page reads from getConsultation's patient view
 * (lib/auth/policy.ts FIELD_SETS.patient_view). A type only: the server
 * already filtered and serialised them.
 */
import type { ConsultationStatus } from "./statuses";

export interface PatientConsultationView {
  id: string;
  reference: string;
  status: ConsultationStatus;
  urgency: string | null;
  consultationType: string;
  chiefComplaint: string;
  requiresSynchronousVisit: boolean;
  clinicalRiskLevel: string | null;
  patientLanguagePreference: string | null;
  slaDueAt: Date | string | null;
  submittedAt: Date | string | null;
  version: number;
}
