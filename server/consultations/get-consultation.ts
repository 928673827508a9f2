/**
 * Reads one consultation for an actor: authorise (policy), filter fields,
 * audit the read (allowed or denied; break-the-glass is flagged). An unknown
 * id is 404; a consultation outside the actor's scope is 403 with no data.
 */
import type { UserActor } from "@/lib/auth/actor";
import { canOnConsultation, fieldSetFor, type ConsultationAction } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { hasActiveBreakGlass, openBreakGlass } from "../auth/break-glass/open-break-glass";
import { CONSULTATION_WITH_PATIENT, serializeConsultation, type ConsultationWithPatient } from "./serialize-consultation";

export interface AuthorizedConsultation {
  consultation: ConsultationWithPatient;
  relation: ReturnType<typeof canOnConsultation>["relation"];
}

/** Loads and authorises; audits denials. */
export async function getAuthorizedConsultation(
  actor: UserActor,
  id: string,
  action: ConsultationAction,
  request: RequestContext,
): Promise<AuthorizedConsultation> {
  const c = await db.consultation.findUnique({ where: { id }, include: CONSULTATION_WITH_PATIENT });
  let decision = c ? canOnConsultation(actor, action, c) : null;
  if (c && !decision!.allowed && actor.role === "provider") {
    // Break-the-glass: a running grant, or a new one opened with a stated justification.
    if (await hasActiveBreakGlass(actor.userId, c.id)) decision = canOnConsultation(actor, action, c, { activeGrant: true });
    else if (request.emergencyAccess && request.justification) {
      await openBreakGlass(actor, c, request.justification, request);
      decision = canOnConsultation(actor, action, c, { activeGrant: true });
    }
  }
  if (!c || !decision?.allowed) {
    await recordAuditLogStandalone({
      actor, action: "READ", resourceType: "consultation", resourceId: id, patientId: c?.patientId ?? null,
      outcome: "denied", request, metadata: { action, reason: c ? "forbidden" : "not_found" },
    });
    if (!c) throw new AppError("NOT_FOUND", "Consultation not found.", { consultationId: id });
    throw new AppError("FORBIDDEN", "You do not have access to this consultation.");
  }
  return { consultation: c, relation: decision.relation };
}

export async function getConsultation(actor: UserActor, id: string, request: RequestContext) {
  const { consultation, relation } = await getAuthorizedConsultation(actor, id, "consultation:read", request);
  const set = fieldSetFor(relation)!;
  await recordAuditLogStandalone({
    actor, action: "READ", resourceType: "consultation", resourceId: id, patientId: consultation.patientId, outcome: "allowed",
    request: relation === "break_glass" ? { ...request, emergencyAccess: true } : request, metadata: { relation, fields: set },
  });
  return serializeConsultation(consultation, set);
}
