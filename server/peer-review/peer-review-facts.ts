/**
 * Gathers the facts the peer-review rules need: risk, the AI's latest
 * assessment (if any) and the provider's diagnosis, and the unusual flag.
 */
import { peerReviewTriggers, type PeerReviewTrigger } from "@/lib/peer-review/peer-review-rules";
import type { DbOrTx } from "../db/prisma";

export interface AiPrimary {
  code: string | null;
  confidence: number | null;
}

/** The AI's primary diagnosis from the latest ready assessment, tolerant of output shape. */
export async function findAiPrimary(tx: DbOrTx, consultationId: string): Promise<AiPrimary | null> {
  const log = await tx.aiInteractionLog.findFirst({ where: { consultationId, kind: "assessment", status: "ready" }, orderBy: { createdAt: "desc" } });
  const p = (log?.output as { primaryDiagnosis?: { icd10Code?: string; code?: string; confidence?: number } } | null)?.primaryDiagnosis;
  if (!p) return null;
  return { code: p.icd10Code ?? p.code ?? null, confidence: typeof p.confidence === "number" ? p.confidence : null };
}

export async function peerReviewTriggersFor(tx: DbOrTx, consultationId: string): Promise<PeerReviewTrigger[]> {
  const c = await tx.consultation.findUniqueOrThrow({ where: { id: consultationId }, select: { clinicalRiskLevel: true, primaryDiagnosisCode: true, flaggedUnusual: true } });
  const ai = await findAiPrimary(tx, consultationId);
  return peerReviewTriggers({
    riskLevel: c.clinicalRiskLevel, aiConfidence: ai?.confidence, aiPrimaryCode: ai?.code, providerPrimaryCode: c.primaryDiagnosisCode, flaggedUnusual: c.flaggedUnusual,
  });
}

/** Mandatory peer review is satisfied once the latest review of this consultation is approved. */
export async function hasApprovedPeerReview(tx: DbOrTx, consultationId: string): Promise<boolean> {
  const latest = await tx.peerReview.findFirst({ where: { consultationId }, orderBy: { createdAt: "desc" } });
  return latest?.status === "approved";
}
