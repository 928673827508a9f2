/**
 * THE write path for consultation status. In one transaction it:
 *   1. loads the row and authorises the actor (policy),
 *   2. validates the move against the state machine and its guards,
 *   3. runs capability checks for assignments,
 *   4. updates the row guarded by its version (a lost race is CONFLICT),
 *   5. inserts the state-history row, runs caller effects, writes the outbox
 *      event and, last, the audit row.
 * Either everything commits or nothing does. Refusals are audited in a
 * separate transaction, since the request's own transaction rolls back.
 */
import type { Actor } from "@/lib/auth/actor";
import { actorId, actorRole } from "@/lib/auth/actor";
import { canOnConsultation } from "@/lib/auth/policy";
import { evaluateTransition, type TransitionFacts } from "@/lib/consultations/state-machine";
import type { ConsultationStatus } from "@/lib/consultations/statuses";
import { AppError, isAppError } from "@/lib/errors";
import { minutesBetween, resumeAfterPause } from "@/lib/sla/sla";
import { db, Prisma, type Tx } from "../db/prisma";
import type { Consultation } from "../db/generated/prisma/client";
import { recordAuditLog, recordAuditLogStandalone } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import type { RequestContext } from "../http/request-context";
import { assertProviderCanTake } from "./assert-provider-can-take";
import { pickPeerReviewer } from "./pick-peer-reviewer";
import { slaDueAtFor } from "./sla-targets";
import { encryptString } from "../crypto";
import { notifyStatusChange } from "../notifications/notify-status-change";

export interface TransitionInput {
  consultationId: string;
  to: ConsultationStatus;
  actor: Actor;
  request: RequestContext;
  expectedVersion?: number;
  context?: TransitionFacts["context"] & { peerReviewerId?: string };
  /** Extra consultation fields that belong to this move (e.g. the triage output). */
  patch?: Prisma.ConsultationUpdateManyMutationInput;
  /** Other writes that must commit with the move (a message, a prescription, a job). */
  effects?: (tx: Tx, consultation: Consultation) => Promise<void>;
  now?: Date;
}

export async function transitionConsultation(input: TransitionInput): Promise<Consultation> {
  try {
    return await db.$transaction((tx) => applyTransition(tx, input), { timeout: 15_000 });
  } catch (e) {
    const err = toAppError(e);
    await auditRefusal(input, err);
    throw err;
  }
}

/** The transactional body; also usable by callers that already hold a transaction. */
export async function applyTransition(tx: Tx, input: TransitionInput): Promise<Consultation> {
  const { actor, to } = input;
  const now = input.now ?? new Date();
  const ctx = { ...input.context };
  // A provider accepting a case assigns it to themselves unless a supervisor names someone.
  if (to === "assigned" && !ctx.providerId && actor.kind === "user" && actor.role === "provider") ctx.providerId = actor.providerId;
  const c = await tx.consultation.findUnique({
    where: { id: input.consultationId },
    include: { patient: { select: { userId: true } } },
  });
  if (!c) throw new AppError("NOT_FOUND", "Consultation not found.", { consultationId: input.consultationId });

  const selfAssign = actor.kind === "user" && actor.role === "provider" && to === "assigned" && actor.organizationId === c.organizationId;
  const access = canOnConsultation(actor, "consultation:transition", c);
  if (!access.allowed && !selfAssign) throw new AppError("FORBIDDEN", "You do not have access to this consultation.");
  if (input.expectedVersion !== undefined && input.expectedVersion !== c.version) {
    throw new AppError("CONFLICT", "The consultation was changed by someone else. Reload and try again.", {
      expectedVersion: input.expectedVersion, currentVersion: c.version, currentStatus: c.status,
    });
  }

  const user = actor.kind === "user" ? actor : null;
  const verdict = evaluateTransition({
    from: c.status, to, actor,
    isPatientOwner: user?.role === "patient" && user.patientId === c.patientId,
    isAssignedProvider: !!user?.providerId && user.providerId === c.assignedProviderId,
    isPeerReviewer: !!user?.providerId && user.providerId === c.peerReviewerId,
    sameOrganization: actor.kind === "system" || actor.organizationId === c.organizationId,
    consentRecorded: c.consentRecordedAt !== null,
    supervisorApprovalRequired: c.supervisorApprovalRequired,
    supervisorApproved: c.supervisorApprovedAt !== null,
    context: { ...ctx, triageResult: ctx.triageResult ?? c.triageResult ?? undefined },
  });
  if (!verdict.ok) {
    if (c.status === to) {
      // Someone else made this very move first (e.g. two providers accepting at once).
      throw new AppError("CONFLICT", `The consultation is already ${to.replace(/_/g, " ")}.`, { currentStatus: c.status, currentVersion: c.version });
    }
    if (verdict.code === "INVALID_TRANSITION") {
      throw new AppError("INVALID_TRANSITION", verdict.message, { from: c.status, to, allowed: verdict.allowed });
    }
    if (verdict.code === "GUARD_FAILED") throw new AppError("GUARD_FAILED", verdict.message, { from: c.status, to, failed: verdict.failed });
    throw new AppError("FORBIDDEN", verdict.message, { from: c.status, to });
  }

  const data: Prisma.ConsultationUncheckedUpdateManyInput = { ...input.patch, status: to, version: { increment: 1 } };
  const meta: Record<string, unknown> = {};
  if (to === "assigned") {
    const providerId = ctx.providerId ?? user?.providerId;
    await assertProviderCanTake(tx, c, providerId!, now);
    Object.assign(data, { assignedProviderId: providerId, assignedAt: now });
    // Providers in training need a supervisor's sign-off before completing.
    const assignee = await tx.provider.findUnique({ where: { id: providerId! }, select: { inTraining: true } });
    if (assignee?.inTraining) data.supervisorApprovalRequired = true;
    meta.providerId = providerId;
  }
  if (c.status === "assigned" && to === "triaged") Object.assign(data, { assignedProviderId: null, assignedAt: null });
  if (c.status === "pending" && (to === "triaged" || to === "escalated")) {
    const urgency = (input.patch?.urgency as Consultation["urgency"] | undefined) ?? c.urgency;
    Object.assign(data, { triagedAt: now, slaDueAt: await slaDueAtFor(tx, urgency, now) });
  }
  if (to === "in_review") {
    if (!c.reviewedAt) Object.assign(data, { reviewedAt: now, reviewedBy: actorId(actor) });
    if (c.responseTimeMinutes === null && user?.role === "provider") data.responseTimeMinutes = minutesBetween(c.submittedAt, now);
  }
  if (c.status === "requires_info" && c.slaPausedAt && c.slaDueAt) {
    const resumed = resumeAfterPause(c.slaDueAt, c.slaPausedAt, now);
    Object.assign(data, { slaDueAt: resumed.dueAt, slaPausedAt: null, slaPausedMinutes: c.slaPausedMinutes + resumed.pausedMinutes });
    meta.slaPausedMinutes = resumed.pausedMinutes;
  }
  if (to === "requires_info") data.slaPausedAt = now;
  if (to === "requires_peer_review") {
    const reviewer = ctx.peerReviewerId ?? (await pickPeerReviewer(tx, c));
    data.peerReviewerId = reviewer;
    meta.peerReviewerId = reviewer;
  }
  if (ctx.reviewOutcome) meta.reviewOutcome = { outcome: ctx.reviewOutcome.outcome, score: ctx.reviewOutcome.score };
  if (to === "completed") Object.assign(data, { completedAt: now, clinicalDecisionRationale: ctx.decisionRationale ?? c.clinicalDecisionRationale });
  if (to === "cancelled") Object.assign(data, { cancelledAt: now, cancellationReason: ctx.reason });
  if (to === "escalated") Object.assign(data, { escalatedAt: now, escalationReason: ctx.reason, requiresSynchronousVisit: true });
  if (to === "prescription_sent") {
    data.pharmacyOrderId = ctx.pharmacyOrderId;
    meta.pharmacyOrderId = ctx.pharmacyOrderId;
  }

  const res = await tx.consultation.updateMany({ where: { id: c.id, version: c.version }, data });
  if (res.count === 0) {
    throw new AppError("CONFLICT", "The consultation was changed by someone else at the same time. Reload and try again.", {
      currentStatus: c.status,
    });
  }
  const updated = await tx.consultation.findUniqueOrThrow({ where: { id: c.id } });
  await tx.consultationStateHistory.create({
    data: {
      consultationId: c.id, fromStatus: c.status, toStatus: to, changedById: actorId(actor), changedByRole: actorRole(actor),
      reason: ctx.reason ?? ctx.decisionRationale ?? ctx.reviewOutcome?.comment ?? null, metadata: meta as object, createdAt: now,
    },
  });
  if (input.effects) await input.effects(tx, updated);
  await notifyStatusChange(tx, updated, c.status);
  await writeOutboxEvent(tx, "consultation.transitioned", {
    consultationId: c.id, status: to, previousStatus: c.status, version: updated.version, patientId: c.patientId,
    organizationId: c.organizationId, consultationType: c.consultationType, assignedProviderId: updated.assignedProviderId,
  });
  await recordAuditLog(tx, {
    actor, action: "TRANSITION", resourceType: "consultation", resourceId: c.id, patientId: c.patientId,
    outcome: "allowed", request: input.request,
    diff: {
      status: { from: c.status, to },
      version: { from: c.version, to: updated.version },
      ...(c.assignedProviderId !== updated.assignedProviderId && { assignedProviderId: { from: c.assignedProviderId, to: updated.assignedProviderId } }),
      ...(ctx.reason && { reason: { to: { enc: encryptString(ctx.reason) } } }),
    },
    metadata: { relation: access.relation },
  });
  return updated;
}

function toAppError(e: unknown): AppError {
  if (isAppError(e)) return e;
  if (e instanceof Prisma.PrismaClientKnownRequestError && (e.code === "P2034" || e.code === "P2002")) {
    return new AppError("CONFLICT", "The consultation was changed by someone else at the same time. Reload and try again.");
  }
  throw e;
}

async function auditRefusal(input: TransitionInput, err: AppError) {
  const c = await db.consultation.findUnique({ where: { id: input.consultationId }, select: { patientId: true } }).catch(() => null);
  await recordAuditLogStandalone({
    actor: input.actor, action: "TRANSITION", resourceType: "consultation", resourceId: input.consultationId,
    patientId: c?.patientId ?? null, outcome: "denied", request: input.request,
    metadata: { code: err.code, to: input.to },
  });
}
