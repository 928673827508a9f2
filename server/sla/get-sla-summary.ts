/**
 * SLA summary for an organisation, computed with SQL aggregates:
 * open counts by urgency, the at-risk list (less than 20% of the window left),
 * the breached list, and the compliance rate over the last 30 days
 * (closed on time ÷ (closed + breached)).
 */
import { AT_RISK_FRACTION } from "@/lib/sla/sla";
import { URGENCIES, type Urgency } from "@/lib/consultations/statuses";
import { db } from "../db/prisma";
import { findSlaTargets } from "../consultations/sla-targets";

export interface SlaListItem {
  consultationId: string;
  reference: string;
  urgency: Urgency;
  status: string;
  consultationType: string;
  slaDueAt: string;
  minutesLeft: number;
  slaViolationAt: string | null;
  assignedProviderId: string | null;
  assignedProviderName: string | null;
}

export async function getSlaSummary(organizationId: string, now = new Date()) {
  const targets = await findSlaTargets(db);
  const [counts, rows, compliance] = await Promise.all([
    db.$queryRaw<{ urgency: Urgency; n: number }[]>`
      SELECT "urgency"::text AS urgency, count(*)::int AS n FROM "Consultation"
       WHERE "organizationId" = ${organizationId} AND "status" NOT IN ('completed', 'cancelled') GROUP BY 1`,
    db.$queryRaw<(Omit<SlaListItem, "slaDueAt" | "slaViolationAt" | "minutesLeft"> & { slaDueAt: Date; slaViolationAt: Date | null })[]>`
      SELECT c."id" AS "consultationId", c."reference", c."urgency"::text AS urgency, c."status"::text AS status, c."consultationType",
             c."slaDueAt", c."slaViolationAt", c."assignedProviderId", u."name" AS "assignedProviderName"
        FROM "Consultation" c
        LEFT JOIN "Provider" p ON p."id" = c."assignedProviderId" LEFT JOIN "User" u ON u."id" = p."userId"
       WHERE c."organizationId" = ${organizationId} AND c."status" NOT IN ('completed', 'cancelled') AND c."slaDueAt" IS NOT NULL
         AND (c."slaViolationAt" IS NOT NULL OR c."slaDueAt" < ${now}
              OR (c."slaPausedAt" IS NULL AND c."slaDueAt" < ${new Date(now.getTime() + Math.max(...Object.values(targets)) * 60_000 * AT_RISK_FRACTION)}))
       ORDER BY c."slaDueAt" ASC`,
    db.$queryRaw<{ met: number; total: number }[]>`
      SELECT count(*) FILTER (WHERE "status" = 'completed' AND "slaViolationAt" IS NULL)::int AS met,
             count(*) FILTER (WHERE "status" = 'completed' OR "slaViolationAt" IS NOT NULL)::int AS total
        FROM "Consultation"
       WHERE "organizationId" = ${organizationId} AND "triagedAt" >= ${new Date(now.getTime() - 30 * 86_400_000)}`,
  ]);
  const items = rows.map((r) => ({
    ...r, slaDueAt: r.slaDueAt.toISOString(), slaViolationAt: r.slaViolationAt?.toISOString() ?? null,
    minutesLeft: Math.floor((r.slaDueAt.getTime() - now.getTime()) / 60_000),
  }));
  const breached = items.filter((i) => i.slaViolationAt !== null || i.minutesLeft < 0);
  const atRisk = items.filter((i) => i.slaViolationAt === null && i.minutesLeft >= 0 && i.minutesLeft * 60_000 < targets[i.urgency] * 60_000 * AT_RISK_FRACTION);
  const { met, total } = compliance[0] ?? { met: 0, total: 0 };
  return {
    generatedAt: now.toISOString(),
    openByUrgency: Object.fromEntries(URGENCIES.map((u) => [u, counts.find((c) => c.urgency === u)?.n ?? 0])) as Record<Urgency, number>,
    atRisk,
    breached,
    complianceRate: total === 0 ? 1 : Math.round((met / total) * 1000) / 1000,
  };
}
