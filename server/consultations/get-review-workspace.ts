/**
 * Everything the provider review page shows, loaded for an authorised actor
 * in one place: the consultation (minimum-necessary fields by relation), the
 * patient's other consultations, messages, attachments, state history, peer
 * reviews, and which moves this actor can make now with why others cannot.
 */
import type { UserActor } from "@/lib/auth/actor";
import { fieldSetFor } from "@/lib/auth/policy";
import { targetsFor, TRANSITIONS, type Edge } from "@/lib/consultations/state-machine";
import { TRIGGER_LABELS } from "@/lib/peer-review/peer-review-rules";
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { getAuthorizedConsultation } from "./get-consultation";
import { serializeConsultation } from "./serialize-consultation";
import { hasApprovedPeerReview, peerReviewTriggersFor } from "../peer-review/peer-review-facts";
import { findCapableProviders } from "./assert-provider-can-take";

export async function getReviewWorkspace(actor: UserActor, consultationId: string, request: RequestContext) {
  const { consultation: c, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:read", request);
  const set = fieldSetFor(relation)!;
  const full = set === "full";
  const [pastConsultations, messages, attachments, history, peerReviews, triggers, approvedReview, metrics] = full
    ? await Promise.all([
        db.consultation.findMany({
          where: { patientId: c.patientId, id: { not: c.id } }, orderBy: { submittedAt: "desc" }, take: 10,
          select: { id: true, reference: true, submittedAt: true, chiefComplaint: true, status: true, primaryDiagnosisCode: true, consultationType: true },
        }),
        db.consultationMessage.findMany({ where: { consultationId }, orderBy: { createdAt: "asc" } }),
        db.attachment.findMany({ where: { consultationId }, orderBy: { createdAt: "asc" }, select: { id: true, mimeType: true, originalName: true, sizeBytes: true, thumbnailKey: true } }),
        db.consultationStateHistory.findMany({ where: { consultationId }, orderBy: { id: "asc" } }),
        db.peerReview.findMany({ where: { consultationId }, orderBy: { createdAt: "asc" } }),
        peerReviewTriggersFor(db, consultationId),
        hasApprovedPeerReview(db, consultationId),
        db.consultationQualityMetrics.findUnique({ where: { consultationId } }),
      ])
    : [[], [], [], [], [], [], false, null];
  await recordAuditLogStandalone({
    actor, action: "READ", resourceType: "consultation_workspace", resourceId: c.id, patientId: c.patientId, outcome: "allowed",
    request: relation === "break_glass" ? { ...request, emergencyAccess: true } : request, metadata: { relation, fields: set },
  });
  const facts = {
    from: c.status, actor,
    isPatientOwner: false,
    isAssignedProvider: !!actor.providerId && actor.providerId === c.assignedProviderId,
    isPeerReviewer: !!actor.providerId && actor.providerId === c.peerReviewerId,
    sameOrganization: actor.organizationId === c.organizationId,
    consentRecorded: c.consentRecordedAt !== null,
    supervisorApprovalRequired: c.supervisorApprovalRequired,
    supervisorApproved: c.supervisorApprovedAt !== null,
    context: {},
  };
  const mine = new Set(targetsFor(facts));
  const peerBlock = facts.isAssignedProvider && triggers.length > 0 && !approvedReview
    ? `Peer review required first: ${triggers.map((t) => TRIGGER_LABELS[t]).join("; ")}`
    : null;
  const moves = (TRANSITIONS[c.status] as readonly Edge[]).map((e) => ({
    to: e.to,
    why: e.why,
    allowed: mine.has(e.to) && !(peerBlock && (e.to === "completed" || e.to === "prescription_pending")),
    disabledReason: !mine.has(e.to) ? "Your role or relationship to this case does not allow this step." : peerBlock && (e.to === "completed" || e.to === "prescription_pending") ? peerBlock : null,
  }));
  // Supervisors assign from a list of providers who pass every capability check.
  const assignable = actor.role === "supervisor" && mine.has("assigned") ? await findCapableProviders(db, c, new Date(), undefined, 20) : [];
  return {
    relation,
    assignable,
    consultation: serializeConsultation(c, set),
    pastConsultations, messages, attachments, history, peerReviews, metrics,
    peerReview: { triggers, mandatory: triggers.length > 0, approved: approvedReview },
    moves,
  };
}

export type ReviewWorkspace = Awaited<ReturnType<typeof getReviewWorkspace>>;
