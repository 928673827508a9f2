import type { Relation } from "@/lib/auth/policy";
import { allowedTargets } from "@/lib/consultations/state-machine";
import type { ConsultationStatus } from "@/lib/consultations/statuses";
import { AppError } from "@/lib/errors";

/**
 * Who may approve prescriptions now: the assigned provider while in review, the peer reviewer
 * while the case awaits peer review. The state is checked first (409 with the allowed moves),
 * then the relation (403), mirroring the state machine's order.
 */
export function assertCanApprove(status: ConsultationStatus, relation: Relation): void {
  const approver = status === "in_review" ? "assigned" : status === "requires_peer_review" ? "peer_reviewer" : null;
  if (!approver) {
    throw new AppError("INVALID_TRANSITION", `Prescriptions cannot be approved while the consultation is ${status.replace(/_/g, " ")}.`, {
      from: status, to: "prescription_pending", allowed: allowedTargets(status),
    });
  }
  if (relation !== approver) {
    throw new AppError("FORBIDDEN", approver === "assigned" ? "Only the assigned provider can prescribe for this consultation." : "Only the peer reviewer can approve this prescription.");
  }
}
