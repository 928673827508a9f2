/**
 * On-demand check of the audit hash chain (GET /api/v1/audit/verify and the
 * page's "Verify now"). The outcome is itself written to the trail (READ of
 * resource "audit_chain"), which gives the page a tamper-evident "last
 * verified" record without another table.
 */
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { RequestContext } from "../http/request-context";
import { recordAuditLogStandalone } from "./record-audit-log";
import { verifyAuditChain, type AuditVerification } from "./verify-audit-chain";

/** Verifies the whole chain for `actor` (audit:verify) and records the result. */
export async function runAuditChainVerification(actor: UserActor, request: RequestContext): Promise<AuditVerification> {
  if (!can(actor, "audit:verify")) {
    await recordAuditLogStandalone({ actor, action: "READ", resourceType: "audit_chain", outcome: "denied", request });
    throw new AppError("FORBIDDEN", "Only supervisors and compliance administrators can verify the audit trail.");
  }
  const result = await verifyAuditChain();
  await recordAuditLogStandalone({
    actor, action: "READ", resourceType: "audit_chain", outcome: "allowed", request,
    metadata: { intact: result.intact, checked: result.checked, ...(result.firstBrokenId && { firstBrokenId: result.firstBrokenId }) },
  });
  return result.firstBrokenId ? result : { intact: result.intact, checked: result.checked };
}
