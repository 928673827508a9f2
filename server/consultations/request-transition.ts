/**
 * A user-requested move (API or server action): maps the validated request
 * onto the single write path and adds the writes that belong to the move,
 * e.g. the provider's question to the patient when asking for information.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { TTransitionInput } from "@/lib/schemas/consultations";
import type { RequestContext } from "../http/request-context";
import { transitionConsultation } from "./transition-consultation";

export async function requestTransition(actor: UserActor, consultationId: string, input: TTransitionInput, request: RequestContext) {
  const { to, reviewOutcome } = input;
  if (reviewOutcome) {
    const expectsReturn = to === "in_review";
    if ((reviewOutcome.outcome === "return") !== expectsReturn) {
      throw new AppError("VALIDATION_FAILED", "A peer review that returns the case moves it to in_review; an approval moves it on.", {
        fieldErrors: { "reviewOutcome.outcome": [expectsReturn ? "Use 'return' to send the case back" : "Use 'approve' to approve the plan"] },
      });
    }
  }
  return transitionConsultation({
    consultationId,
    to,
    actor,
    request,
    expectedVersion: input.expectedVersion,
    context: {
      reason: input.reason,
      providerId: input.providerId,
      message: input.message,
      decisionRationale: input.decisionRationale,
      reviewOutcome,
    },
    patch: to === "completed" && input.decisionRationale ? { clinicalDecisionRationale: input.decisionRationale } : undefined,
    effects: async (tx, c) => {
      if (to === "requires_info" && input.message) {
        await tx.consultationMessage.create({
          data: {
            consultationId: c.id, senderId: actor.userId, senderRole: actor.role, body: input.message,
            priority: "high", requiresProviderResponse: false, readReceiptRequired: true,
          },
        });
      }
    },
  });
}
