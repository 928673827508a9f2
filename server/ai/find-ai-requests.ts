/**
 * GET /api/v1/consultations/:id/ai: the AI log of a consultation, newest first, keyset-paginated,
 * for the clinical team. Besides the items it says which engine a new request would use, whether
 * the caller may make one, and — when the diagnosis in the notes differs from the latest AI
 * assessment — that deviation, so the panel can ask for the reason. The read is audited.
 */
import type { UserActor } from "@/lib/auth/actor";
import { normalizeIcd } from "@/lib/ai/plan-ai-decision";
import type { AiListView } from "@/lib/ai/ai-views";
import type { TAiListQuery, TAssessmentOutput } from "@/lib/schemas/ai";
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import { decodeCursor, encodeCursor } from "../http/cursor";
import type { RequestContext } from "../http/request-context";
import { AI_OPEN_STATUSES, getAiReadableConsultation } from "./ai-access";
import { describeAiEngine } from "./resolve-ai-engine";
import { serializeAiRequest } from "./serialize-ai-request";

interface Cursor {
  createdAt: string;
  id: string;
}

async function findDeviation(consultationId: string, providerCode: string | null) {
  const latest = await db.aiInteractionLog.findFirst({ where: { consultationId, kind: "assessment", status: "ready" }, orderBy: { createdAt: "desc" } });
  const aiCode = (latest?.output as TAssessmentOutput | null)?.primaryDiagnosis?.icd10Code ?? null;
  if (!latest || !aiCode || !providerCode) return null;
  const differs = normalizeIcd(aiCode) !== normalizeIcd(providerCode);
  return { requestId: latest.id, aiCode, providerCode, differs, reason: latest.deviationReason };
}

export async function findAiRequests(actor: UserActor, consultationId: string, query: TAiListQuery, request: RequestContext): Promise<AiListView> {
  const { consultation: c, relation } = await getAiReadableConsultation(actor, consultationId, request);
  const after = query.cursor ? decodeCursor<Cursor>(query.cursor) : null;
  const afterDate = after ? new Date(after.createdAt) : null;
  const rows = await db.aiInteractionLog.findMany({
    where: {
      consultationId, ...(query.kind ? { kind: query.kind } : {}),
      ...(after && afterDate && !Number.isNaN(afterDate.getTime()) ? { OR: [{ createdAt: { lt: afterDate } }, { createdAt: afterDate, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  await recordAuditLogStandalone({
    actor, action: "READ", resourceType: "ai_requests", resourceId: consultationId, patientId: c.patientId, outcome: "allowed", request, metadata: { relation, count: page.length },
  });
  return {
    items: page.map(serializeAiRequest),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
    engine: await describeAiEngine(),
    canRequest: relation === "assigned" && AI_OPEN_STATUSES.includes(c.status),
    deviation: await findDeviation(consultationId, c.primaryDiagnosisCode),
  };
}
