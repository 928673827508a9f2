/** The patient's 1-5 rating after completion (once per consultation); feeds the satisfaction metric. */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { TFeedbackInput } from "@/lib/schemas/feedback";
import { db, Prisma } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { getAuthorizedConsultation } from "../consultations/get-consultation";

export async function submitFeedback(actor: UserActor, consultationId: string, input: TFeedbackInput, request: RequestContext) {
  const { consultation: c, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:read", request);
  if (relation !== "owner") throw new AppError("FORBIDDEN", "Only the patient can rate their consultation.");
  if (c.status !== "completed") throw new AppError("GUARD_FAILED", "You can rate your consultation once it is complete.");
  try {
    return await db.$transaction(async (tx) => {
      const f = await tx.patientFeedback.create({ data: { consultationId, patientId: c.patientId, rating: input.rating, comment: input.comment || null } });
      await recordAuditLog(tx, { actor, action: "CREATE", resourceType: "patient_feedback", resourceId: consultationId, patientId: c.patientId, outcome: "allowed", request, metadata: { rating: input.rating } });
      return f;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("CONFLICT", "You already rated this consultation. Thank you!");
    throw e;
  }
}
