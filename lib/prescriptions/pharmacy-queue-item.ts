/** One row of the pharmacist's work queue (minimum necessary: the patient's name, DOB and allergies). */
export interface PharmacyQueueItem {
  id: string;
  status: string;
  consultationReference: string;
  patient: { name: string; dateOfBirth: string; allergies: string[] };
  medication: string;
  sig: string;
  quantity: number;
  refills: number;
  controlledSubstance: boolean;
  pharmacy: { name: string; phone: string; ncpdpId: string } | null;
  prescriberName: string;
  /** Prescription.lastError ("CODE: text"). */
  reason: string | null;
  attempts: number;
  manualQueuedAt: Date | null;
  sentAt: Date | null;
  pharmacyOrderId: string | null;
  resolution: string | null;
  resolvedByName: string | null;
}
