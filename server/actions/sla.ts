"use server";

import "server-only";
import { z } from "zod";
import { authedAction } from "../auth/authed-action";
import { reassignConsultation } from "../sla/reassign-consultation";
import { findCapableProviders } from "../consultations/assert-provider-can-take";
import { db } from "../db/prisma";
import { AppError } from "@/lib/errors";

const ZId = z.string().uuid();

export async function reassignAction(consultationId: string, providerId: string) {
  return authedAction(z.object({ id: ZId, providerId: ZId }), { id: consultationId, providerId }, async ({ actor, request, input }) => {
    await reassignConsultation(actor, input.id, input.providerId, request);
    return {};
  });
}

/** Providers who pass every capability check for this consultation, least loaded first. */
export async function capableProvidersAction(consultationId: string) {
  return authedAction(ZId, consultationId, async ({ actor, input }) => {
    if (actor.role !== "supervisor") throw new AppError("FORBIDDEN", "Only supervisors can reassign consultations.");
    const c = await db.consultation.findFirst({ where: { id: input, organizationId: actor.organizationId } });
    if (!c) throw new AppError("NOT_FOUND", "Consultation not found.");
    return findCapableProviders(db, c, new Date(), c.assignedProviderId ?? undefined, 20);
  });
}

/** A nudge to the assigned provider (in-app notification; no clinical content). */
export async function messageProviderAction(consultationId: string, text: string) {
  return authedAction(z.object({ id: ZId, text: z.string().trim().min(3, "Write a short message").max(500) }), { id: consultationId, text }, async ({ actor, input }) => {
    if (actor.role !== "supervisor") throw new AppError("FORBIDDEN", "Only supervisors can message providers from the console.");
    const c = await db.consultation.findFirst({
      where: { id: input.id, organizationId: actor.organizationId }, select: { reference: true, assignedProvider: { select: { userId: true } } },
    });
    if (!c?.assignedProvider) throw new AppError("GUARD_FAILED", "Nobody is assigned to this consultation yet.");
    await db.notification.create({
      data: {
        userId: c.assignedProvider.userId, kind: "supervisor_message", title: `Supervisor about ${c.reference}`, body: input.text,
        consultationId: input.id, link: `/review/${input.id}`, dedupeKey: `sup-msg:${input.id}:${crypto.randomUUID()}`,
      },
    });
    return {};
  });
}
