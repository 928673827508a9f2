/**
 * Approves a set of prescriptions for a consultation: the assigned provider (in_review) or
 * the peer reviewer (requires_peer_review) moves it to prescription_pending.
 *
 * Order of checks, and why:
 *   1. role, access and state (403/404/409) before anything else is revealed;
 *   2. fresh MFA (403 MFA_REQUIRED) - every approval is a signature;
 *   3. the server re-runs the medication-safety check on the STORED record (age from DOB,
 *      weight, sex, pregnancy, creatinine, allergies, current medications and other active
 *      prescriptions) - never trusting the browser's check;
 *   4. override: blocked / major / unchecked results need a rationale and an acknowledgement
 *      of each interruptive finding id, else 422 GUARD_FAILED with the result (the refusal
 *      is logged as a "blocked" decision);
 *   5. one transaction (transitionConsultation): status move + prescriptions + decision-support
 *      log + outbox + audit, and the approval rate limit (10/hour/provider) counted inside it
 *      so refused or rolled-back approvals do not use the budget.
 * The pharmacy is contacted later by the "pharmacy-send" job, never inside this transaction.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError, isAppError } from "@/lib/errors";
import { checkMedicationSafety } from "@/lib/medication-safety";
import { buildSafetyCheckInput } from "@/lib/prescriptions/build-safety-check-input";
import { controlledScheduleOf } from "@/lib/prescriptions/controlled-substances";
import { evaluateOverride } from "@/lib/prescriptions/safety-findings";
import type { TMedicationSafetyCheckResult } from "@/lib/schemas/medication-safety";
import type { TApprovePrescriptionsInput } from "@/lib/schemas/prescriptions";
import { RATE_LIMITS } from "@/lib/auth/rate-limits";
import { db } from "../db/prisma";
import { assertFreshMfa } from "../auth/assert-fresh-mfa";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import { getAuthorizedConsultation } from "../consultations/get-consultation";
import { transitionConsultation } from "../consultations/transition-consultation";
import type { RequestContext } from "../http/request-context";
import { assertCanApprove } from "./assert-can-approve";
import { findActivePrescriptionFacts } from "./find-active-prescription-facts";
import { recordBlockedDecision } from "./record-blocked-decision";
import { serializePrescription } from "./serialize-prescription";
import { writeApprovalRecords } from "./write-approval-records";
import { withPharmacies } from "./with-pharmacies";

export interface ApprovalResult {
  prescriptions: Record<string, unknown>[];
  safety: TMedicationSafetyCheckResult;
  cdsLogId: string;
}

export async function approvePrescriptions(
  actor: UserActor,
  consultationId: string,
  input: TApprovePrescriptionsInput,
  request: RequestContext,
  now = new Date(),
): Promise<ApprovalResult> {
  if (actor.role !== "provider" || !actor.providerId) throw new AppError("FORBIDDEN", "Only providers can approve prescriptions.");
  const { consultation: c, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:transition", request);
  try {
    assertCanApprove(c.status, relation);
    assertFreshMfa(actor, now);
  } catch (e) {
    if (isAppError(e)) await auditDenied(actor, c, request, e.code);
    throw e;
  }
  const pharmacy = await db.pharmacy.findUnique({ where: { id: input.pharmacyId }, select: { id: true } });
  if (!pharmacy) throw new AppError("VALIDATION_FAILED", "Choose a pharmacy from the list.", { fieldErrors: { pharmacyId: ["Unknown pharmacy"] } });

  const active = await findActivePrescriptionFacts(c.patientId, now);
  const checkInput = buildSafetyCheckInput(c.patient, input.items, active, now);
  const safety = checkMedicationSafety(checkInput);
  const verdict = evaluateOverride(safety, input.override);
  const base = { actor, request, consultation: c, input, checkInput, safety, verdict, activePrescriptionCount: active.length, now };
  if (!verdict.satisfied) {
    await recordBlockedDecision(base);
    throw new AppError("GUARD_FAILED", overrideMessage(verdict.rationaleMissing, verdict.missingFindingIds.length), {
      failed: ["medication_safety"], missingFindingIds: verdict.missingFindingIds, rationaleMissing: verdict.rationaleMissing, safety,
    });
  }

  const schedules = input.items.map((i) => controlledScheduleOf(i.name));
  // A controlled substance makes the case unusual: peer review and supervisor sign-off before completion.
  const controlled = schedules.some((s) => s !== null);
  let written: Awaited<ReturnType<typeof writeApprovalRecords>> | undefined;
  await transitionConsultation({
    consultationId: c.id, to: "prescription_pending", actor, request, expectedVersion: input.expectedVersion, now,
    context: {
      medicationSafety: { checked: true, blocked: verdict.required, overrideRationale: verdict.required ? input.override?.rationale : undefined },
      reviewOutcome: input.peerReview ? { outcome: "approve", ...input.peerReview } : undefined,
    },
    patch: controlled ? { flaggedUnusual: true, supervisorApprovalRequired: true } : undefined,
    effects: async (tx) => {
      await consumeRateLimit(RATE_LIMITS.prescriptionApproval, actor.userId, now, tx);
      written = await writeApprovalRecords(tx, { ...base, pharmacyId: pharmacy.id, schedules });
    },
  });
  const rows = await withPharmacies(written!.prescriptions);
  return { prescriptions: rows.map((r) => serializePrescription(r, "prescriber")), safety, cdsLogId: written!.cdsLogId };
}

function overrideMessage(rationaleMissing: boolean, missing: number): string {
  const parts = [missing > 0 ? `acknowledge ${missing === 1 ? "the safety finding" : `each of the ${missing} safety findings`}` : "", rationaleMissing ? "give a clinical reason for the override" : ""].filter(Boolean);
  return `The medication safety check requires an override: ${parts.join(" and ")}.`;
}

async function auditDenied(actor: UserActor, c: { id: string; patientId: string }, request: RequestContext, code: string) {
  await recordAuditLogStandalone({
    actor, action: "CREATE", resourceType: "prescription", resourceId: null, patientId: c.patientId, outcome: "denied", request,
    metadata: { consultationId: c.id, code },
  });
}
