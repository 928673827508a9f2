/**
 * The one authorization policy. Pure: callers pass the actor and the facts
 * about the resource; it answers whether the action is allowed, why, and
 * which fields the actor may see. Every door (server action, route handler,
 * RSC read, socket room join) asks here; queries are also scoped (see
 * server/consultations/consultation-scope.ts) so a forgotten check fails closed.
 */
import type { Actor, UserActor } from "./actor";
import type { ConsultationStatus } from "../consultations/statuses";

export interface ConsultationResource {
  organizationId: string;
  patientId: string;
  consultationType: string;
  status: ConsultationStatus;
  assignedProviderId: string | null;
  peerReviewerId: string | null;
}

export type ConsultationAction =
  | "consultation:read"
  | "consultation:transition"
  | "consultation:message"
  | "consultation:document"
  | "consultation:attachments";

export type GlobalAction =
  | "consultation:create"
  | "consultation:list"
  | "triage:run"
  | "medication-safety:check"
  | "audit:search"
  | "audit:verify"
  | "users:manage"
  | "sla:read"
  | "prescriptions:work";

/** How the actor relates to a consultation; decides both access and visible fields. */
export type Relation =
  | "owner" // the patient
  | "assigned" // the assigned provider
  | "peer_reviewer"
  | "queue" // a provider who could take it (specialty match, still unassigned)
  | "organization" // a supervisor of the same organisation
  | "pharmacy" // a pharmacist, prescription stage only
  | "break_glass" // a provider with a stated emergency justification
  | "none";

export interface Decision {
  allowed: boolean;
  relation: Relation;
  reason?: string;
}

const QUEUE_STATUSES: readonly ConsultationStatus[] = ["triaged", "escalated"];
const PHARMACY_STATUSES: readonly ConsultationStatus[] = ["prescription_pending", "prescription_sent", "completed"];

/** Emergency access: a stated justification now (opens a grant), or a grant still running. */
export interface EmergencyAccess {
  justification?: string | null;
  activeGrant?: boolean;
}

export const MIN_JUSTIFICATION_LENGTH = 10;

export function relationTo(actor: Actor, c: ConsultationResource, emergency?: EmergencyAccess): Relation {
  if (actor.kind === "system") return "organization";
  if (actor.organizationId !== c.organizationId) return "none";
  switch (actor.role) {
    case "patient":
      return actor.patientId === c.patientId ? "owner" : "none";
    case "supervisor":
      return "organization";
    case "pharmacist":
      return PHARMACY_STATUSES.includes(c.status) ? "pharmacy" : "none";
    case "admin":
      return "none";
    case "provider": {
      if (c.assignedProviderId && c.assignedProviderId === actor.providerId) return "assigned";
      if (c.peerReviewerId && c.peerReviewerId === actor.providerId) return "peer_reviewer";
      const inSpecialty = (actor.specialties ?? []).includes(c.consultationType);
      if (inSpecialty && !c.assignedProviderId && QUEUE_STATUSES.includes(c.status)) return "queue";
      if (emergency?.activeGrant) return "break_glass";
      if (emergency?.justification && emergency.justification.trim().length >= MIN_JUSTIFICATION_LENGTH) return "break_glass";
      return "none";
    }
  }
}

const ACTIONS_BY_RELATION: Record<Relation, readonly ConsultationAction[]> = {
  owner: ["consultation:read", "consultation:transition", "consultation:message", "consultation:attachments"],
  assigned: ["consultation:read", "consultation:transition", "consultation:message", "consultation:document", "consultation:attachments"],
  peer_reviewer: ["consultation:read", "consultation:transition", "consultation:attachments"],
  queue: ["consultation:read", "consultation:transition"],
  organization: ["consultation:read", "consultation:transition", "consultation:message", "consultation:attachments"],
  pharmacy: ["consultation:read"],
  break_glass: ["consultation:read", "consultation:attachments"],
  none: [],
};

/** May `actor` perform `action` on consultation `c`? */
export function canOnConsultation(
  actor: Actor,
  action: ConsultationAction,
  c: ConsultationResource,
  emergency?: EmergencyAccess,
): Decision {
  const relation = relationTo(actor, c, emergency);
  const allowed = ACTIONS_BY_RELATION[relation].includes(action);
  return allowed ? { allowed, relation } : { allowed, relation, reason: "You do not have access to this consultation." };
}

const GLOBAL_ROLES: Record<GlobalAction, readonly string[]> = {
  "consultation:create": ["patient"],
  "consultation:list": ["patient", "provider", "supervisor", "pharmacist"],
  "triage:run": ["patient", "provider", "supervisor", "pharmacist", "admin"],
  "medication-safety:check": ["provider", "pharmacist"],
  "audit:search": ["supervisor", "admin"],
  "audit:verify": ["supervisor", "admin"],
  "users:manage": ["admin"],
  "sla:read": ["supervisor"],
  "prescriptions:work": ["pharmacist", "supervisor"],
};

/** Actions not tied to one consultation. */
export function can(actor: Actor, action: GlobalAction): boolean {
  if (actor.kind === "system") return true;
  return GLOBAL_ROLES[action].includes(actor.role);
}

/** Roles that must have MFA enrolled (and verified this session) before clinical work. */
export function requiresMfa(actor: UserActor): boolean {
  return actor.role !== "patient";
}

/**
 * Minimum necessary: which consultation fields each relation sees. "patient"
 * means the patient block (name, DOB, allergies...) is included.
 */
export type FieldSet = "full" | "patient_view" | "queue" | "pharmacy";

export function fieldSetFor(relation: Relation): FieldSet | null {
  switch (relation) {
    case "assigned":
    case "peer_reviewer":
    case "organization":
    case "break_glass":
      return "full";
    case "owner":
      return "patient_view";
    case "queue":
      return "queue";
    case "pharmacy":
      return "pharmacy";
    case "none":
      return null;
  }
}

export const FIELD_SETS: Record<FieldSet, readonly string[]> = {
  queue: [
    "id", "reference", "status", "urgency", "consultationType", "chiefComplaint", "clinicalRiskLevel", "triageScore",
    "redFlagIndicators", "requiresSynchronousVisit", "queuePriority", "slaDueAt", "slaViolationAt", "submittedAt",
    "triagedAt", "translationRequired", "patientLanguagePreference", "version", "patientAge", "patientSex", "news2Total",
    "news2Band", "assignedProviderId", "peerReviewerId",
  ],
  patient_view: [
    "id", "reference", "status", "urgency", "consultationType", "chiefComplaint", "intake", "requiresSynchronousVisit",
    "clinicalRiskLevel", "patientLanguagePreference", "slaDueAt", "submittedAt", "assignedAt", "reviewedAt",
    "completedAt", "cancelledAt", "escalatedAt", "plan", "primaryDiagnosisCode", "cancellationReason", "version",
    "createdAt", "updatedAt", "triage", "careInstructions", "educationKeys", "pharmacyOrderId",
  ],
  pharmacy: ["id", "reference", "status", "pharmacyOrderId", "version", "patient"],
  full: ["*"],
};
