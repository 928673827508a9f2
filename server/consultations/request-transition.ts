/**
 * A user-requested move (API or server action): maps the validated request
 * onto the single write path and adds the writes that belong to the move —
 * the provider's question to the patient, the peer-review record, the quality
 * metrics at completion. Mandatory peer review is enforced here: the assigned
 * provider cannot complete or prescribe until a peer reviewer approved.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { TRIGGER_LABELS } from "@/lib/peer-review/peer-review-rules";
import type { TTransitionInput } from "@/lib/schemas/consultations";
import { db } from "../db/prisma";
import type { RequestContext } from "../http/request-context";
import { transitionConsultation } from "./transition-consultation";
import { hasApprovedPeerReview, peerReviewTriggersFor } from "../peer-review/peer-review-facts";
import { computeQualityMetrics } from "../quality/compute-quality-metrics";
import { selectEducation } from "@/lib/education/library";

export async function requestTransition(actor: UserActor, consultationId: string, input: TTransitionInput, request: RequestContext) {
  const { to, reviewOutcome } = input;
  if (reviewOutcome?.outcome === "return" && to !== "in_review") {
    throw new AppError("VALIDATION_FAILED", "Returning a case sends it back to in_review.", { fieldErrors: { "reviewOutcome.outcome": ["Use 'approve' to move the case on"] } });
  }
  if (to === "completed" || to === "prescription_pending") await assertPeerReviewSatisfied(actor, consultationId);
  return transitionConsultation({
    consultationId,
    to,
    actor,
    request,
    expectedVersion: input.expectedVersion,
    context: { reason: input.reason, providerId: input.providerId, message: input.message, decisionRationale: input.decisionRationale, reviewOutcome },
    patch: to === "completed" && input.decisionRationale ? { clinicalDecisionRationale: input.decisionRationale } : undefined,
    effects: async (tx, c) => {
      if (to === "requires_info" && input.message) {
        await tx.consultationMessage.create({
          data: { consultationId: c.id, senderId: actor.userId, senderRole: actor.role, body: input.message, priority: "high", requiresProviderResponse: false, readReceiptRequired: true },
        });
      }
      if (to === "requires_peer_review") {
        const triggers = await peerReviewTriggersFor(tx, c.id);
        await tx.peerReview.create({
          data: { consultationId: c.id, authorProviderId: c.assignedProviderId!, reviewerProviderId: c.peerReviewerId!, reason: input.reason ?? "Requested", mandatory: triggers.length > 0, triggers },
        });
      }
      if (reviewOutcome) {
        const pending = await tx.peerReview.findFirst({ where: { consultationId: c.id, status: "pending" }, orderBy: { createdAt: "desc" } });
        if (pending) {
          await tx.peerReview.update({
            where: { id: pending.id },
            data: { status: reviewOutcome.outcome === "approve" ? "approved" : "returned", score: reviewOutcome.score, comment: reviewOutcome.comment, completedAt: new Date() },
          });
        }
      }
      if (to === "completed") {
        await computeQualityMetrics(tx, c.id);
        // Attach education for the diagnosis and prescriptions unless the provider already chose.
        if (c.educationKeys.length === 0) {
          const rx = await tx.prescription.findMany({ where: { consultationId: c.id }, select: { medicationName: true } });
          const keys = selectEducation(c.primaryDiagnosisCode, rx.map((r) => r.medicationName));
          if (keys.length) await tx.consultation.update({ where: { id: c.id }, data: { educationKeys: keys } });
        }
      }
    },
  });
}

async function assertPeerReviewSatisfied(actor: UserActor, consultationId: string) {
  const c = await db.consultation.findUnique({ where: { id: consultationId }, select: { assignedProviderId: true, status: true } });
  if (!c || c.status !== "in_review" || actor.providerId !== c.assignedProviderId) return; // the state machine reports the rest
  const triggers = await peerReviewTriggersFor(db, consultationId);
  if (triggers.length === 0 || (await hasApprovedPeerReview(db, consultationId))) return;
  throw new AppError("GUARD_FAILED", `Peer review is required first: ${triggers.map((t) => TRIGGER_LABELS[t]).join("; ")}.`, { failed: ["peer_review"], triggers });
}
