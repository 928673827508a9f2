/**
 * AI-provider agreement for the supervisor console: over an organisation's consultations whose
 * latest ready AI assessment was made in [from, to), how often the provider's final primary
 * diagnosis (Consultation.primaryDiagnosisCode) equals the AI's primary diagnosis. Codes compare
 * without punctuation and case (J02.9 = j029), as in the peer-review rules and quality metrics.
 * One SQL aggregate; consultations without a provider diagnosis yet are counted as "assessed"
 * but not "compared". Also counts the providers' decisions on those assessments.
 */
import { db, type DbOrTx } from "../db/prisma";

export interface AiAgreementRate {
  /** Consultations with a ready AI assessment in the period. */
  assessed: number;
  /** Of those, with a provider diagnosis to compare. */
  compared: number;
  agreed: number;
  /** agreed / compared, or null when nothing could be compared. */
  rate: number | null;
  decisions: { accepted: number; edited: number; rejected: number; undecided: number };
}

export async function computeAiAgreementRate(orgId: string, from: Date, to: Date, client: DbOrTx = db): Promise<AiAgreementRate> {
  const rows = await client.$queryRaw<{ assessed: number; compared: number; agreed: number; accepted: number; edited: number; rejected: number; undecided: number }[]>`
    WITH latest AS (
      SELECT DISTINCT ON (l."consultationId") l."consultationId", l."output", l."decision"
        FROM "AiInteractionLog" l
        JOIN "Consultation" c ON c."id" = l."consultationId"
       WHERE c."organizationId" = ${orgId} AND l."kind" = 'assessment' AND l."status" = 'ready'
         AND l."createdAt" >= ${from} AND l."createdAt" < ${to}
       ORDER BY l."consultationId", l."createdAt" DESC
    ), paired AS (
      SELECT latest."decision",
             regexp_replace(upper(c."primaryDiagnosisCode"), '[^A-Z0-9]', '', 'g') AS provider_code,
             regexp_replace(upper(COALESCE(latest."output"->'primaryDiagnosis'->>'icd10Code', latest."output"->'primaryDiagnosis'->>'code')), '[^A-Z0-9]', '', 'g') AS ai_code
        FROM latest JOIN "Consultation" c ON c."id" = latest."consultationId"
    )
    SELECT count(*)::int AS assessed,
           count(*) FILTER (WHERE provider_code IS NOT NULL AND provider_code <> '' AND ai_code IS NOT NULL)::int AS compared,
           count(*) FILTER (WHERE provider_code <> '' AND provider_code = ai_code)::int AS agreed,
           count(*) FILTER (WHERE "decision" = 'accepted')::int AS accepted,
           count(*) FILTER (WHERE "decision" = 'edited')::int AS edited,
           count(*) FILTER (WHERE "decision" = 'rejected')::int AS rejected,
           count(*) FILTER (WHERE "decision" IS NULL)::int AS undecided
      FROM paired`;
  const r = rows[0] ?? { assessed: 0, compared: 0, agreed: 0, accepted: 0, edited: 0, rejected: 0, undecided: 0 };
  return {
    assessed: r.assessed, compared: r.compared, agreed: r.agreed,
    rate: r.compared > 0 ? Math.round((r.agreed / r.compared) * 1000) / 1000 : null,
    decisions: { accepted: r.accepted, edited: r.edited, rejected: r.rejected, undecided: r.undecided },
  };
}
