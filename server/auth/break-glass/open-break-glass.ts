/**
 * Break-the-glass: a provider opens a consultation outside their assignments
 * by stating why. The access is time-boxed (a grant), audited as BREAK_GLASS
 * with the justification, and every supervisor of the organisation is
 * notified at once (in-app notification + outbox event for the live console).
 */
import type { UserActor } from "@/lib/auth/actor";
import { MIN_JUSTIFICATION_LENGTH } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { db } from "../../db/prisma";
import { recordAuditLog } from "../../audit/record-audit-log";
import { writeOutboxEvent } from "../../outbox/write-outbox-event";
import type { RequestContext } from "../../http/request-context";

export const BREAK_GLASS_MINUTES = 60;

export async function hasActiveBreakGlass(userId: string, consultationId: string, now = new Date()): Promise<boolean> {
  const grant = await db.breakGlassGrant.findFirst({ where: { userId, consultationId, expiresAt: { gt: now } }, select: { id: true } });
  return grant !== null;
}

export async function openBreakGlass(
  actor: UserActor,
  c: { id: string; patientId: string; organizationId: string },
  justification: string,
  request: RequestContext,
  now = new Date(),
) {
  if (actor.role !== "provider") throw new AppError("FORBIDDEN", "Only providers can use emergency access.");
  const reason = justification.trim();
  if (reason.length < MIN_JUSTIFICATION_LENGTH) {
    throw new AppError("VALIDATION_FAILED", `State why you need emergency access (at least ${MIN_JUSTIFICATION_LENGTH} characters).`, {
      fieldErrors: { justification: ["Explain why you need access"] },
    });
  }
  return db.$transaction(async (tx) => {
    const grant = await tx.breakGlassGrant.create({
      data: { userId: actor.userId, consultationId: c.id, patientId: c.patientId, justification: reason, createdAt: now, expiresAt: new Date(now.getTime() + BREAK_GLASS_MINUTES * 60_000) },
    });
    const supervisors = await tx.user.findMany({ where: { organizationId: c.organizationId, role: "supervisor", disabled: false }, select: { id: true } });
    const who = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    await tx.notification.createMany({
      data: supervisors.map((s) => ({
        userId: s.id, kind: "break_glass", title: `Emergency access by ${who.name}`,
        body: "A provider opened a consultation outside their assignments. Review the stated reason in the audit log.",
        consultationId: c.id, link: `/audit?resourceId=${c.id}`, dedupeKey: `break-glass:${grant.id}:${s.id}`,
      })),
      skipDuplicates: true,
    });
    await writeOutboxEvent(tx, "audit.alert", { organizationId: c.organizationId, kind: "break_glass", grantId: grant.id });
    await recordAuditLog(tx, {
      actor, action: "BREAK_GLASS", resourceType: "consultation", resourceId: c.id, patientId: c.patientId, outcome: "allowed",
      request: { ...request, justification: reason, emergencyAccess: true }, metadata: { grantId: grant.id, expiresAt: grant.expiresAt.toISOString() },
    });
    return grant;
  });
}
