/**
 * Who reviews suspicious-access alerts: supervisors (they receive the
 * notifications and own follow-up). Built on the policy's audit:search so it
 * can never be wider than audit access; narrowed to supervisors until
 * lib/auth/policy.ts gains a dedicated "audit:alerts" action.
 */
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";

export function canReviewAuditAlerts(actor: Actor): boolean {
  return can(actor, "audit:search") && (actor.kind === "system" || actor.role === "supervisor");
}
