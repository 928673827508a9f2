/**
 * Builds a consultation already in a given state, with the history rows of
 * the path that leads there and triage fields computed by the real engine.
 * Used by the seed, integration tests and e2e setup (not by the app: the app
 * only moves status through transitionConsultation).
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient, Patient } from "../../server/db/generated/prisma/client";
import type { ConsultationStatus } from "../../lib/consultations/statuses";
import { makeReference } from "../../lib/consultations/reference";
import { ZIntake, CONSENT_VERSION, type TIntakeInput } from "../../lib/schemas/intake";
import { slaDueAt } from "../../lib/sla/sla";
import { triageFields, triageIntake } from "../../server/intake/triage-intake";
import { computeQualityMetrics } from "../../server/quality/compute-quality-metrics";

type Db = PrismaClient;

/** The usual path from pending to each state. */
const PATHS: Record<ConsultationStatus, ConsultationStatus[]> = {
  pending: [],
  triaged: ["triaged"],
  assigned: ["triaged", "assigned"],
  in_review: ["triaged", "assigned", "in_review"],
  requires_info: ["triaged", "assigned", "in_review", "requires_info"],
  requires_peer_review: ["triaged", "assigned", "in_review", "requires_peer_review"],
  prescription_pending: ["triaged", "assigned", "in_review", "prescription_pending"],
  prescription_sent: ["triaged", "assigned", "in_review", "prescription_pending", "prescription_sent"],
  completed: ["triaged", "assigned", "in_review", "completed"],
  cancelled: ["triaged", "cancelled"],
  escalated: ["escalated"],
};

export interface ConsultationSpec {
  organizationId: string;
  patient: Patient;
  patientUserId: string;
  status: ConsultationStatus;
  intake: Partial<TIntakeInput> & Pick<TIntakeInput, "chiefComplaint">;
  providerId?: string;
  providerUserId?: string;
  peerReviewerId?: string;
  /** When the patient submitted; later steps follow a few minutes apart. */
  submittedAt?: Date;
  /** Minutes between steps of the path. */
  stepMinutes?: number;
  slaViolated?: boolean;
  /** The patient's rating after completion. */
  feedback?: { rating: number; comment?: string };
}

export async function createConsultationInState(db: Db, spec: ConsultationSpec) {
  const intake = ZIntake.parse({
    consultationType: "family_medicine", onset: "1_3_days", severity: 4, preferredLanguage: spec.patient.languagePreference,
    consent: { accepted: true, version: CONSENT_VERSION }, ...spec.intake,
  });
  const submittedAt = spec.submittedAt ?? new Date();
  const step = (spec.stepMinutes ?? 7) * 60_000;
  const triage = triageIntake(intake, spec.patient, submittedAt);
  const fields = triageFields(triage);
  // A critical triage never waits in the queue: keep demo data consistent with the app.
  if (spec.status === "triaged" && fields.clinicalRiskLevel === "critical") spec = { ...spec, status: "escalated" };
  const path = PATHS[spec.status];
  const at = (i: number) => new Date(submittedAt.getTime() + (i + 1) * step);
  const when = (s: ConsultationStatus) => (path.includes(s) ? at(path.indexOf(s)) : null);
  const triagedAt = path.length ? at(0) : null;
  const due = triagedAt ? slaDueAt(triagedAt, fields.urgency) : null;
  const assigned = path.includes("assigned") && spec.status !== "cancelled";
  const reviewedAt = when("in_review");

  const c = await db.consultation.create({
    data: {
      reference: makeReference(randomBytes(6)),
      organizationId: spec.organizationId,
      patientId: spec.patient.id,
      status: spec.status,
      consultationType: intake.consultationType,
      chiefComplaint: intake.chiefComplaint,
      intake: intake as object,
      ...(triagedAt ? fields : {}),
      consentRecordedAt: submittedAt,
      consentVersion: intake.consent.version,
      consentIp: "127.0.0.1",
      patientLanguagePreference: intake.preferredLanguage,
      translationRequired: intake.preferredLanguage !== "en",
      assignedProviderId: assigned ? spec.providerId : null,
      assignedAt: assigned ? when("assigned") : null,
      reviewedAt,
      reviewedBy: reviewedAt ? spec.providerUserId : null,
      responseTimeMinutes: reviewedAt ? Math.round((reviewedAt.getTime() - submittedAt.getTime()) / 60_000) : null,
      peerReviewerId: spec.status === "requires_peer_review" ? spec.peerReviewerId : null,
      slaDueAt: due,
      slaViolationAt: spec.slaViolated && due ? due : null,
      slaPausedAt: spec.status === "requires_info" ? when("requires_info") : null,
      triagedAt,
      completedAt: when("completed"),
      cancelledAt: when("cancelled"),
      cancellationReason: spec.status === "cancelled" ? "Symptoms resolved before review" : null,
      escalatedAt: when("escalated"),
      escalationReason: spec.status === "escalated" ? `Critical triage: ${triage.reasons.slice(0, 2).join("; ")}` : null,
      clinicalDecisionRationale: spec.status === "completed" ? "Self-limiting condition; safety-net advice given." : null,
      plan: spec.status === "completed" ? "Rest, fluids and paracetamol as needed. Seek care if symptoms worsen or last more than 7 days." : null,
      pharmacyOrderId: spec.status === "prescription_sent" ? `SBX-${randomBytes(4).toString("hex").toUpperCase()}` : null,
      submittedAt,
      createdAt: submittedAt,
      version: path.length + 1,
    },
  });
  const statuses: (ConsultationStatus | null)[] = [null, "pending", ...path];
  await db.consultationStateHistory.createMany({
    data: statuses.slice(1).map((to, i) => ({
      consultationId: c.id,
      fromStatus: statuses[i] ?? null,
      toStatus: to!,
      changedById: to === "pending" ? spec.patientUserId : ["assigned", "in_review", "requires_info", "completed", "prescription_pending", "requires_peer_review"].includes(to!) ? (spec.providerUserId ?? null) : null,
      changedByRole: to === "pending" ? "patient" : ["triaged", "escalated", "prescription_sent"].includes(to!) ? "system" : to === "cancelled" ? "patient" : "provider",
      reason: to === "pending" ? "Intake submitted" : to === "cancelled" ? "Symptoms resolved before review" : null,
      createdAt: i === 0 ? submittedAt : at(i - 1),
    })),
  });
  if (spec.status === "requires_info") {
    const question = intake.preferredLanguage === "es" ? "¿Tiene fiebre? ¿Desde cuándo tiene la tos?" : "Have you had a fever, and how long have you had these symptoms?";
    await db.consultationMessage.create({
      data: { consultationId: c.id, senderId: spec.providerUserId ?? null, senderRole: "provider", body: question, priority: "high", readReceiptRequired: true, createdAt: when("requires_info") ?? submittedAt },
    });
  }
  if (spec.status === "requires_peer_review" && spec.providerId && spec.peerReviewerId) {
    await db.peerReview.create({
      data: { consultationId: c.id, authorProviderId: spec.providerId, reviewerProviderId: spec.peerReviewerId, reason: "Second opinion on the plan requested", mandatory: fields.clinicalRiskLevel === "high" || fields.clinicalRiskLevel === "critical", triggers: [] },
    });
  }
  if (spec.status === "completed" && spec.providerUserId) {
    const started = reviewedAt ?? submittedAt;
    await db.providerTimeEntry.create({ data: { consultationId: c.id, providerUserId: spec.providerUserId, activity: "review", seconds: (spec.stepMinutes ?? 7) * 60, startedAt: started, endedAt: new Date(started.getTime() + (spec.stepMinutes ?? 7) * 60_000) } });
    await computeQualityMetrics(db, c.id);
    if (spec.feedback) await db.patientFeedback.create({ data: { consultationId: c.id, patientId: spec.patient.id, rating: spec.feedback.rating, comment: spec.feedback.comment } });
  }
  return c;
}
