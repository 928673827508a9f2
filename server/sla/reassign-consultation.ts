/**
 * One-click reassignment from the SLA console: an assigned case is released
 * and assigned to the chosen provider in one transaction (two moves through
 * the write path, so both are in the history, audited and announced); a
 * triaged or escalated case is simply assigned. Capability checks apply.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import type { RequestContext } from "../http/request-context";
import { applyTransition, transitionConsultation } from "../consultations/transition-consultation";

export async function reassignConsultation(actor: UserActor, consultationId: string, providerId: string, request: RequestContext) {
  if (actor.role !== "supervisor") throw new AppError("FORBIDDEN", "Only supervisors can reassign consultations.");
  const c = await db.consultation.findUnique({ where: { id: consultationId }, select: { status: true, assignedProviderId: true } });
  if (!c) throw new AppError("NOT_FOUND", "Consultation not found.");
  if (c.assignedProviderId === providerId) throw new AppError("CONFLICT", "The consultation is already assigned to this provider.");
  if (c.status === "assigned") {
    return transitionConsultation({
      consultationId, to: "triaged", actor, request, context: { reason: "Reassigned by supervisor (SLA)" },
      effects: async (tx) => {
        await applyTransition(tx, { consultationId, to: "assigned", actor, request, context: { providerId } });
      },
    });
  }
  return transitionConsultation({ consultationId, to: "assigned", actor, request, context: { providerId } });
}
