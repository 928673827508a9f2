/**
 * Per-consultation quality metrics, recomputed at completion inside the
 * completing transaction: response and completion times (excluding time
 * waiting on the patient), peer-review score, documentation completeness,
 * active clinician time and the CPT suggestion, and AI agreement.
 */
import { documentationCompleteness, suggestCpt } from "@/lib/billing/suggest-cpt";
import { minutesBetween } from "@/lib/sla/sla";
import type { DbOrTx } from "../db/prisma";
import { findAiPrimary } from "../peer-review/peer-review-facts";

export async function computeQualityMetrics(tx: DbOrTx, consultationId: string) {
  const c = await tx.consultation.findUniqueOrThrow({ where: { id: consultationId }, include: { assignedProvider: { select: { credential: true } } } });
  const [time, review, ai] = await Promise.all([
    tx.providerTimeEntry.aggregate({ where: { consultationId }, _sum: { seconds: true } }),
    tx.peerReview.findFirst({ where: { consultationId, status: { in: ["approved", "returned"] } }, orderBy: { completedAt: "desc" } }),
    findAiPrimary(tx, consultationId),
  ]);
  const seconds = time._sum.seconds ?? 0;
  const cpt = suggestCpt(seconds, c.assignedProvider?.credential ?? "MD");
  const data = {
    timeToFirstResponseMinutes: c.responseTimeMinutes,
    timeToCompletionMinutes: c.completedAt ? Math.max(0, minutesBetween(c.submittedAt, c.completedAt) - c.slaPausedMinutes) : null,
    peerReviewScore: review?.score ?? null,
    documentationCompleteness: documentationCompleteness({ ...c, differentialDiagnosis: c.differentialDiagnosis as unknown[] | null }),
    activeProviderSeconds: seconds,
    suggestedCptCode: cpt.code,
    aiAgreement: ai?.code && c.primaryDiagnosisCode ? ai.code.toUpperCase().replace(/\W/g, "") === c.primaryDiagnosisCode.toUpperCase().replace(/\W/g, "") : null,
  };
  await tx.consultationQualityMetrics.upsert({ where: { consultationId }, create: { consultationId, ...data }, update: data });
  return data;
}
