/**
 * Who may use AI decision support on a consultation. The policy module decides the relation;
 * these rules sit on top of it: only the assigned provider requests and decides (the same right
 * as editing the notes, "consultation:document"), while staff with full access to the case —
 * the assigned provider, the peer reviewer, a supervisor, emergency access — may read the log.
 * Patients never see AI drafts.
 */
import type { UserActor } from "@/lib/auth/actor";
import type { Relation } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { RequestContext } from "../http/request-context";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import { getAuthorizedConsultation } from "../consultations/get-consultation";

/** Consultation states in which the notes are open, and so are AI requests and decisions. */
export const AI_OPEN_STATUSES = ["assigned", "in_review", "requires_info", "prescription_pending", "prescription_sent"];
const READERS: readonly Relation[] = ["assigned", "peer_reviewer", "organization", "break_glass"];

/** The consultation, when `actor` is its assigned provider (403 otherwise, audited). */
export async function getAiWritableConsultation(actor: UserActor, consultationId: string, request: RequestContext) {
  const { consultation, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:document", request);
  if (relation !== "assigned") throw new AppError("FORBIDDEN", "Only the assigned provider can use AI decision support on this consultation.");
  return consultation;
}

/** The consultation and relation, when `actor` may read its AI log (403 otherwise, audited). */
export async function getAiReadableConsultation(actor: UserActor, consultationId: string, request: RequestContext) {
  const { consultation, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:read", request);
  if (!READERS.includes(relation)) {
    await recordAuditLogStandalone({
      actor, action: "READ", resourceType: "ai_requests", resourceId: consultationId, patientId: consultation.patientId, outcome: "denied", request,
      metadata: { relation, reason: "not_clinical_staff" },
    });
    throw new AppError("FORBIDDEN", "AI drafts are visible to the clinical team only.");
  }
  return { consultation, relation };
}

export function assertAiOpen(status: string) {
  if (!AI_OPEN_STATUSES.includes(status)) {
    throw new AppError("GUARD_FAILED", `AI decision support is not available while the consultation is ${status.replace(/_/g, " ")}.`, { status });
  }
}
