/** State history of one consultation, for those who may read it (reasons are hidden from patients except cancellations). */
import type { UserActor } from "@/lib/auth/actor";
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { getAuthorizedConsultation } from "./get-consultation";

export async function findHistory(actor: UserActor, consultationId: string, request: RequestContext) {
  const { consultation, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:read", request);
  const rows = await db.consultationStateHistory.findMany({ where: { consultationId }, orderBy: { id: "asc" } });
  await recordAuditLogStandalone({
    actor, action: "READ", resourceType: "consultation_history", resourceId: consultationId, patientId: consultation.patientId,
    outcome: "allowed", request, metadata: { relation },
  });
  const patientView = relation === "owner";
  return {
    items: rows.map((r) => ({
      id: r.id.toString(),
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      changedByRole: r.changedByRole,
      changedById: patientView ? undefined : r.changedById,
      reason: patientView && r.toStatus !== "cancelled" ? undefined : r.reason,
      metadata: patientView ? undefined : r.metadata,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor: null,
  };
}
