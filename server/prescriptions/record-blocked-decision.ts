/**
 * A refused approval is still a decision-support event: the log shows what the checks found
 * and that the prescriber was stopped (decision "blocked"), next to an audit denial.
 */
import type { UserActor } from "@/lib/auth/actor";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { buildCdsLogData, type CdsFacts } from "./build-cds-log-data";

export async function recordBlockedDecision(f: Omit<CdsFacts, "decision" | "prescriptionIds"> & { actor: UserActor; request: RequestContext; consultation: { id: string; patientId: string } }) {
  await db.$transaction(async (tx) => {
    const log = await tx.clinicalDecisionSupportLog.create({ data: buildCdsLogData({ ...f, decision: "blocked", prescriptionIds: [] }), select: { id: true } });
    await recordAuditLog(tx, {
      actor: f.actor, action: "CREATE", resourceType: "prescription", resourceId: null, patientId: f.consultation.patientId, outcome: "denied", request: f.request,
      metadata: { consultationId: f.consultation.id, code: "GUARD_FAILED", cdsLogId: log.id, missingFindingIds: f.verdict.missingFindingIds },
    });
  });
}
