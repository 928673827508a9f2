/**
 * The ClinicalDecisionSupportLog row for one prescribing decision: which checks ran on which
 * patient facts, what they found (the full engine result with its rule-set version), the AI
 * suggestion if one was shown, and what the prescriber decided and why.
 */
import type { TMedicationSafetyCheckInput, TMedicationSafetyCheckResult } from "@/lib/schemas/medication-safety";
import type { TApprovePrescriptionsInput } from "@/lib/schemas/prescriptions";
import type { OverrideVerdict } from "@/lib/prescriptions/safety-findings";

export type CdsDecision = "approved" | "approved_with_override" | "blocked";

export interface CdsFacts {
  actor: { userId: string };
  consultation: { id: string };
  input: TApprovePrescriptionsInput;
  checkInput: TMedicationSafetyCheckInput;
  safety: TMedicationSafetyCheckResult;
  verdict: OverrideVerdict;
  activePrescriptionCount: number;
  decision: CdsDecision;
  prescriptionIds: string[];
}

export function buildCdsLogData(f: CdsFacts) {
  const p = f.checkInput.patient;
  const overridden = f.decision === "approved_with_override";
  return {
    consultationId: f.consultation.id,
    providerUserId: f.actor.userId,
    prescriptionIds: f.prescriptionIds,
    checksPerformed: {
      ...f.safety.checksPerformed,
      ruleSetVersion: f.safety.ruleSetVersion,
      patientFacts: {
        age: p.age, weightKg: p.weightKg ?? null, sex: p.sex ?? null, pregnant: p.pregnant ?? null,
        serumCreatinine: p.serumCreatinine ?? null, renalFunction: f.safety.renalFunction,
      },
      currentMedicationCount: f.checkInput.current.length,
      activePrescriptionCount: f.activePrescriptionCount,
      allergyCount: f.checkInput.allergies.length,
      proposedCount: f.checkInput.proposed.length,
    },
    results: {
      safety: f.safety,
      override: { required: f.verdict.required, missingFindingIds: f.verdict.missingFindingIds, rationaleMissing: f.verdict.rationaleMissing },
      dismissedFindings: f.input.dismissedFindings ?? [],
    },
    aiRecommendation: f.input.aiRecommendation ?? undefined,
    decision: f.decision,
    deviationReason: f.input.deviationReason ?? null,
    overridden,
    overrideRationale: f.input.override?.rationale ?? null,
    acknowledgedFindingIds: f.verdict.acknowledged,
    // "Patient safety" = the patient-specific rules (dose, renal, age, pregnancy) and duplicate therapy ran.
    patientSafetyChecked: f.safety.checksPerformed.doses && f.safety.checksPerformed.duplicates,
    drugInteractionChecked: f.safety.checksPerformed.interactions,
    allergyChecked: f.safety.checksPerformed.allergies,
  };
}
