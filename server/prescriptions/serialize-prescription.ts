/**
 * Minimum necessary for prescriptions: prescribers and supervisors see the safety record,
 * pharmacists the order and its delivery state, patients what is on the label and where it went.
 */
import type { Relation } from "@/lib/auth/policy";
import { formatSig } from "@/lib/prescriptions/format-sig";
import { prescriptionStatusLabel } from "@/lib/prescriptions/prescription-status";
import type { Pharmacy, Prescription } from "../db/generated/prisma/client";

export type PrescriptionView = "prescriber" | "pharmacy" | "patient";

export type PrescriptionWithPharmacy = Prescription & { pharmacy?: Pick<Pharmacy, "id" | "name" | "phone" | "address"> | null };

export function prescriptionViewFor(relation: Relation): PrescriptionView | null {
  if (relation === "owner") return "patient";
  if (relation === "pharmacy") return "pharmacy";
  if (relation === "assigned" || relation === "peer_reviewer" || relation === "organization" || relation === "break_glass") return "prescriber";
  return null;
}

export function serializePrescription(rx: PrescriptionWithPharmacy, view: PrescriptionView): Record<string, unknown> {
  const label = {
    id: rx.id, consultationId: rx.consultationId, medicationName: rx.medicationName, displayName: rx.displayName,
    doseText: rx.doseText, route: rx.route, frequencyText: rx.frequencyText, durationDays: rx.durationDays, quantity: rx.quantity,
    refills: rx.refills, instructions: rx.instructions, sig: formatSig(rx), status: rx.status, statusLabel: prescriptionStatusLabel(rx.status),
    pharmacy: rx.pharmacy ? { id: rx.pharmacy.id, name: rx.pharmacy.name, phone: rx.pharmacy.phone, address: rx.pharmacy.address } : null,
    pharmacyOrderId: rx.pharmacyOrderId, approvedAt: rx.approvedAt, sentAt: rx.sentAt,
  };
  if (view === "patient") return label;
  const order = {
    ...label, rxcui: rx.rxcui, doseMg: rx.doseMg, frequencyPerDay: rx.frequencyPerDay, controlledSubstance: rx.controlledSubstance,
    prescriberUserId: rx.prescriberUserId, attempts: rx.attempts, lastError: rx.lastError, manualQueuedAt: rx.manualQueuedAt,
    resolvedById: rx.resolvedById, resolution: rx.resolution,
  };
  if (view === "pharmacy") return order;
  return { ...order, safetyResult: rx.safetyResult, overrideRationale: rx.overrideRationale };
}
