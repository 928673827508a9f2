/**
 * The rows an approval writes inside the transition's transaction: one Prescription per item
 * (status "approved", the pharmacy job's starting point), the ClinicalDecisionSupportLog, the
 * "prescription.approved" outbox event (which wakes the worker's dispatcher) and one audit row
 * per prescription. Either all commit with the move to prescription_pending, or none do.
 */
import { randomUUID } from "node:crypto";
import type { UserActor } from "@/lib/auth/actor";
import type { TMedicationSafetyCheckInput, TMedicationSafetyCheckResult } from "@/lib/schemas/medication-safety";
import type { TApprovePrescriptionsInput } from "@/lib/schemas/prescriptions";
import type { OverrideVerdict } from "@/lib/prescriptions/safety-findings";
import type { DeaSchedule } from "@/lib/prescriptions/controlled-substances";
import type { Tx } from "../db/prisma";
import type { Prescription } from "../db/generated/prisma/client";
import { recordAuditLogs } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import type { RequestContext } from "../http/request-context";
import { buildCdsLogData } from "./build-cds-log-data";

export interface ApprovalRecords {
  actor: UserActor;
  request: RequestContext;
  consultation: { id: string; patientId: string };
  pharmacyId: string;
  input: TApprovePrescriptionsInput;
  checkInput: TMedicationSafetyCheckInput;
  safety: TMedicationSafetyCheckResult;
  verdict: OverrideVerdict;
  schedules: (DeaSchedule | null)[];
  activePrescriptionCount: number;
  now: Date;
}

export async function writeApprovalRecords(tx: Tx, a: ApprovalRecords): Promise<{ prescriptions: Prescription[]; cdsLogId: string }> {
  // Ids are made here so the decision-support log and the prescriptions can point at each other.
  const ids = a.input.items.map(() => randomUUID());
  const cds = await tx.clinicalDecisionSupportLog.create({
    data: buildCdsLogData({ ...a, decision: a.verdict.required ? "approved_with_override" : "approved", prescriptionIds: ids }),
    select: { id: true },
  });
  const prescriptions: Prescription[] = [];
  for (const [i, item] of a.input.items.entries()) {
    const normalized = a.safety.normalized.proposed[i];
    const single = normalized?.ingredients.length === 1 ? normalized.ingredients[0] : undefined;
    prescriptions.push(
      await tx.prescription.create({
        data: {
          id: ids[i], consultationId: a.consultation.id, prescriberUserId: a.actor.userId,
          medicationName: normalized?.known ? normalized.name : item.name, displayName: item.name, rxcui: single?.rxcui ? String(single.rxcui) : null,
          doseMg: item.doseMg, doseText: item.doseText, route: item.route ?? "oral", frequencyPerDay: item.frequencyPerDay, frequencyText: item.frequencyText,
          durationDays: item.durationDays, quantity: item.quantity, refills: item.refills, instructions: item.instructions || null,
          pharmacyId: a.pharmacyId, controlledSubstance: a.schedules[i] !== null, status: "approved", approvedAt: a.now,
          safetyResult: {
            ruleSetVersion: a.safety.ruleSetVersion, blocked: a.safety.blocked, requiresOverride: a.safety.requiresOverride,
            blockingFindingIds: a.safety.blockingFindingIds, acknowledgedFindingIds: a.verdict.acknowledged, deaSchedule: a.schedules[i], cdsLogId: cds.id,
          },
          overrideRationale: a.verdict.required ? (a.input.override?.rationale ?? null) : null,
        },
      }),
    );
  }
  // Ids only: the realtime relay forwards outbox payloads to subscribed clients.
  await writeOutboxEvent(tx, "prescription.approved", { consultationId: a.consultation.id, prescriptionIds: ids.join(","), count: ids.length, cdsLogId: cds.id });
  await recordAuditLogs(tx, prescriptions.map((p) => ({
    actor: a.actor, action: "CREATE" as const, resourceType: "prescription", resourceId: p.id, patientId: a.consultation.patientId, outcome: "allowed" as const,
    request: a.request, metadata: { consultationId: a.consultation.id, cdsLogId: cds.id, overridden: a.verdict.required, controlledSubstance: p.controlledSubstance },
  })));
  return { prescriptions, cdsLogId: cds.id };
}
