/**
 * The consultation lifecycle as data. `TRANSITIONS` is the only list of legal
 * moves; `evaluateTransition` is the only place that decides whether a move is
 * allowed for an actor. The single writer (server/consultations/
 * transition-consultation.ts) calls it inside its transaction.
 */
import type { Actor } from "../auth/actor";
import { TERMINAL_STATUSES, type ConsultationStatus } from "./statuses";

/** Who may trigger a move, relative to the consultation. */
export type Trigger =
  | "system"
  | "patient_owner" // the patient whose consultation it is
  | "supervisor" // a supervisor of the same organisation
  | "assigned_provider"
  | "provider_self" // a provider taking the consultation for themselves
  | "peer_reviewer"; // the provider picked as peer reviewer (never the author)

/** Preconditions checked against the request context and the consultation. */
export type Guard =
  | "consent_recorded"
  | "triage_result"
  | "reason"
  | "provider_id"
  | "patient_message"
  | "patient_reply"
  | "review_outcome"
  | "medication_safety"
  | "pharmacy_order_id"
  | "decision_rationale"
  | "supervisor_approval";

export interface Edge {
  to: ConsultationStatus;
  who: readonly Trigger[];
  guards: readonly Guard[];
  /** Why this move exists, in clinical terms. */
  why: string;
}

export const TRANSITIONS = {
  pending: [
    { to: "triaged", who: ["system"], guards: ["consent_recorded", "triage_result"], why: "Automated triage scored the intake." },
    { to: "escalated", who: ["system"], guards: ["consent_recorded", "triage_result", "reason"], why: "Critical triage: the patient needs a synchronous or emergency visit now." },
    { to: "cancelled", who: ["patient_owner", "supervisor"], guards: ["reason"], why: "Withdrawn before triage." },
  ],
  triaged: [
    { to: "assigned", who: ["provider_self", "supervisor"], guards: ["provider_id"], why: "A capable provider takes the case." },
    { to: "escalated", who: ["supervisor", "system"], guards: ["reason"], why: "Deterioration or SLA breach needs supervisor handling." },
    { to: "cancelled", who: ["patient_owner", "supervisor"], guards: ["reason"], why: "Withdrawn before review." },
  ],
  assigned: [
    { to: "in_review", who: ["assigned_provider"], guards: [], why: "The provider starts the review." },
    { to: "triaged", who: ["assigned_provider", "supervisor"], guards: ["reason"], why: "Released back to the queue; the assignment is cleared." },
    { to: "escalated", who: ["supervisor", "assigned_provider", "system"], guards: ["reason"], why: "Needs escalation before review starts." },
    { to: "cancelled", who: ["patient_owner", "supervisor"], guards: ["reason"], why: "Withdrawn before review." },
  ],
  in_review: [
    { to: "requires_info", who: ["assigned_provider"], guards: ["patient_message"], why: "The provider needs more information from the patient." },
    { to: "requires_peer_review", who: ["assigned_provider", "system"], guards: ["reason"], why: "Risk, AI disagreement or an unusual case needs a second clinician." },
    { to: "prescription_pending", who: ["assigned_provider"], guards: ["medication_safety"], why: "Prescription approved after safety checks." },
    { to: "completed", who: ["assigned_provider"], guards: ["decision_rationale", "supervisor_approval"], why: "Care plan delivered without a prescription." },
    { to: "escalated", who: ["supervisor", "assigned_provider", "system"], guards: ["reason"], why: "The review found that an in-person or synchronous visit is needed." },
  ],
  requires_info: [
    { to: "in_review", who: ["system"], guards: ["patient_reply"], why: "The patient answered the provider's question." },
    { to: "cancelled", who: ["patient_owner", "supervisor", "system"], guards: ["reason"], why: "Withdrawn, or no reply within the configured time." },
  ],
  requires_peer_review: [
    { to: "in_review", who: ["peer_reviewer"], guards: ["review_outcome"], why: "Returned to the author with comments." },
    { to: "prescription_pending", who: ["peer_reviewer"], guards: ["review_outcome", "medication_safety"], why: "Peer reviewer approved the plan and its prescription." },
    { to: "completed", who: ["peer_reviewer"], guards: ["review_outcome", "decision_rationale", "supervisor_approval"], why: "Peer reviewer approved the plan." },
  ],
  prescription_pending: [
    { to: "prescription_sent", who: ["system"], guards: ["pharmacy_order_id"], why: "The pharmacy accepted the order." },
    { to: "in_review", who: ["assigned_provider", "system"], guards: ["reason"], why: "Pharmacy rejected the order or the provider withdrew it." },
  ],
  prescription_sent: [
    { to: "completed", who: ["assigned_provider"], guards: ["decision_rationale", "supervisor_approval"], why: "Care plan and prescription delivered." },
  ],
  completed: [],
  cancelled: [],
  escalated: [
    { to: "assigned", who: ["supervisor"], guards: ["provider_id"], why: "Supervisor routes the case to a provider." },
    { to: "completed", who: ["supervisor"], guards: ["decision_rationale"], why: "Resolved through the synchronous or emergency pathway." },
    { to: "cancelled", who: ["supervisor"], guards: ["reason"], why: "Closed by the supervisor." },
  ],
} as const satisfies Record<ConsultationStatus, readonly Edge[]>;

/** Facts about the consultation and the request that guards and triggers need. */
export interface TransitionFacts {
  from: ConsultationStatus;
  to: ConsultationStatus;
  actor: Actor;
  isPatientOwner: boolean;
  isAssignedProvider: boolean;
  isPeerReviewer: boolean;
  sameOrganization: boolean;
  consentRecorded: boolean;
  supervisorApprovalRequired: boolean;
  supervisorApproved: boolean;
  context: {
    reason?: string;
    providerId?: string;
    message?: string;
    patientReply?: string;
    triageResult?: unknown;
    reviewOutcome?: { outcome: string; score: number; comment: string };
    medicationSafety?: { checked: boolean; blocked: boolean; overrideRationale?: string };
    pharmacyOrderId?: string;
    decisionRationale?: string;
  };
}

export type TransitionVerdict =
  | { ok: true; edge: Edge }
  | { ok: false; code: "INVALID_TRANSITION"; message: string; allowed: ConsultationStatus[] }
  | { ok: false; code: "FORBIDDEN"; message: string }
  | { ok: false; code: "GUARD_FAILED"; message: string; failed: Guard[] };

export function allowedTargets(from: ConsultationStatus): ConsultationStatus[] {
  return (TRANSITIONS[from] as readonly Edge[]).map((e) => e.to);
}

export function isTerminal(status: ConsultationStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/** Does the actor fill one of the edge's trigger roles? */
export function matchesTrigger(trigger: Trigger, f: TransitionFacts): boolean {
  const a = f.actor;
  if (trigger === "system") return a.kind === "system";
  if (a.kind === "system") return false;
  switch (trigger) {
    case "patient_owner":
      return a.role === "patient" && f.isPatientOwner;
    case "supervisor":
      return a.role === "supervisor" && f.sameOrganization;
    case "assigned_provider":
      return a.role === "provider" && f.isAssignedProvider;
    case "provider_self":
      return a.role === "provider" && f.sameOrganization && (!f.context.providerId || f.context.providerId === a.providerId);
    case "peer_reviewer":
      return a.role === "provider" && f.isPeerReviewer && !f.isAssignedProvider;
  }
}

const MIN_TEXT = 3;
const hasText = (s: string | undefined) => typeof s === "string" && s.trim().length >= MIN_TEXT;

/** Guards that hold for these facts; the rest fail. */
export function guardHolds(guard: Guard, f: TransitionFacts): boolean {
  const c = f.context;
  switch (guard) {
    case "consent_recorded":
      return f.consentRecorded;
    case "triage_result":
      return c.triageResult != null;
    case "reason":
      return hasText(c.reason);
    case "provider_id":
      return typeof c.providerId === "string" && c.providerId.trim().length > 0;
    case "patient_message":
      return hasText(c.message);
    case "patient_reply":
      return hasText(c.patientReply);
    case "review_outcome":
      return (
        !!c.reviewOutcome &&
        typeof c.reviewOutcome.outcome === "string" &&
        c.reviewOutcome.outcome.trim().length > 0 &&
        hasText(c.reviewOutcome.comment) &&
        c.reviewOutcome.score >= 1 &&
        c.reviewOutcome.score <= 5
      );
    case "medication_safety": {
      const m = c.medicationSafety;
      return !!m && m.checked && (!m.blocked || hasText(m.overrideRationale));
    }
    case "pharmacy_order_id":
      return hasText(c.pharmacyOrderId);
    case "decision_rationale":
      return hasText(c.decisionRationale);
    case "supervisor_approval":
      return !f.supervisorApprovalRequired || f.supervisorApproved;
  }
}

const GUARD_MESSAGES: Record<Guard, string> = {
  consent_recorded: "the patient's informed consent is not recorded",
  triage_result: "no triage result is stored",
  reason: "a reason is required",
  provider_id: "a providerId is required",
  patient_message: "a message to the patient is required",
  patient_reply: "the patient's reply is required",
  review_outcome: "a review outcome with a score (1-5) and a comment is required",
  medication_safety: "medication safety checks must pass, or be overridden with a rationale",
  pharmacy_order_id: "a pharmacy order id is required",
  decision_rationale: "a clinical decision rationale is required",
  supervisor_approval: "supervisor approval is required before completion",
};

/**
 * Decides a move. Order matters: an illegal move is reported as such (409)
 * before asking who may make it (403), and guards (422) come last so a caller
 * is never told which data would unlock a move they may not make.
 */
export function evaluateTransition(f: TransitionFacts): TransitionVerdict {
  const edges = TRANSITIONS[f.from] as readonly Edge[];
  const edge = edges.find((e) => e.to === f.to);
  if (!edge) {
    return {
      ok: false,
      code: "INVALID_TRANSITION",
      message: isTerminal(f.from)
        ? `A ${f.from} consultation cannot change status.`
        : `A consultation cannot move from ${f.from} to ${f.to}.`,
      allowed: allowedTargets(f.from),
    };
  }
  if (!edge.who.some((t) => matchesTrigger(t, f))) {
    return { ok: false, code: "FORBIDDEN", message: `You may not move this consultation from ${f.from} to ${f.to}.` };
  }
  const failed = edge.guards.filter((g) => !guardHolds(g, f));
  if (failed.length > 0) {
    return {
      ok: false,
      code: "GUARD_FAILED",
      message: `Cannot move to ${f.to}: ${failed.map((g) => GUARD_MESSAGES[g]).join("; ")}.`,
      failed,
    };
  }
  return { ok: true, edge };
}

/** Targets this actor could move to right now (ignoring guards): drives enabled buttons. */
export function targetsFor(f: Omit<TransitionFacts, "to">): ConsultationStatus[] {
  return (TRANSITIONS[f.from] as readonly Edge[])
    .filter((e) => e.who.some((t) => matchesTrigger(t, { ...f, to: e.to })))
    .map((e) => e.to);
}

export { GUARD_MESSAGES };
