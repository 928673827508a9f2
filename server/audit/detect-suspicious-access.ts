/**
 * The suspicious-access detector (pg-boss cron, every minute). Over a sliding
 * window of M minutes it flags:
 *  (a) many_patients: one user opening more than N distinct patients' records
 *      (list views excluded: a queue page shows many patients by design);
 *  (b) out_of_scope_access: one user refused more than J consultations outside
 *      their assignments/queue (policy denies those reads; break-the-glass
 *      reads are allowed and covered by (d));
 *  (c) repeated_denials: more than K refused attempts by one user;
 *  (d) break_glass: every BREAK_GLASS entry, for after-the-fact review.
 * Idempotent: (a)-(c) are keyed by kind + actor + time bucket and suppressed
 * while an alert of the same kind for the same actor is younger than the
 * window; (d) is keyed by the audit row. Thresholds: audit-alert-config.ts.
 */
import type { AuditAlertKind } from "@/lib/audit/alert-kinds";
import { db, Prisma } from "../db/prisma";
import { getAuditAlertConfig, type AuditAlertConfig } from "./audit-alert-config";
import { raiseAuditAlert, type AlertCandidate } from "./raise-audit-alert";

export interface DetectionResult {
  created: number;
  byKind: Record<AuditAlertKind, number>;
}

interface WindowRule {
  kind: Exclude<AuditAlertKind, "break_glass">;
  where: Prisma.Sql;
  measure: Prisma.Sql;
  threshold: number;
}

/** Runs every rule once for the window ending at `now`; returns how many new alerts were raised. */
export async function detectSuspiciousAccess(now = new Date(), config: AuditAlertConfig = getAuditAlertConfig()): Promise<DetectionResult> {
  const since = new Date(now.getTime() - config.windowMinutes * 60_000);
  const rules: WindowRule[] = [
    {
      kind: "many_patients", threshold: config.maxPatients, measure: Prisma.sql`COUNT(DISTINCT a."patientId")`,
      where: Prisma.sql`a."outcome" = 'allowed' AND a."patientId" IS NOT NULL AND a."action" IN ('READ', 'BREAK_GLASS')
        AND a."resourceType" <> 'consultation_list' AND u."role" <> 'patient'`,
    },
    {
      kind: "out_of_scope_access", threshold: config.maxOutOfScope, measure: Prisma.sql`COUNT(DISTINCT a."resourceId")`,
      where: Prisma.sql`a."outcome" = 'denied' AND a."action" = 'READ' AND a."resourceType" = 'consultation'
        AND a."metadata" ->> 'reason' = 'forbidden'`,
    },
    { kind: "repeated_denials", threshold: config.maxDenials, measure: Prisma.sql`COUNT(*)`, where: Prisma.sql`a."outcome" = 'denied'` },
  ];
  const candidates: AlertCandidate[] = [];
  const bucket = Math.floor(now.getTime() / (config.windowMinutes * 60_000));
  for (const rule of rules) {
    const hits = await db.$queryRaw<{ actorId: string; organizationId: string; n: number }[]>`
      SELECT a."actorId", u."organizationId", (${rule.measure})::int AS n
        FROM "AuditLog" a JOIN "User" u ON u."id" = a."actorId"
       WHERE a."createdAt" > ${since} AND a."createdAt" <= ${now} AND ${rule.where}
       GROUP BY a."actorId", u."organizationId"
      HAVING ${rule.measure} > ${rule.threshold}`;
    for (const h of hits) {
      candidates.push({
        kind: rule.kind, organizationId: h.organizationId, actorId: h.actorId, dedupeKey: `${rule.kind}:${h.actorId}:${bucket}`, createdAt: now,
        details: { count: h.n, threshold: rule.threshold, windowMinutes: config.windowMinutes, windowStart: since.toISOString(), windowEnd: now.toISOString() },
      });
    }
  }
  const fresh = [...(await withoutRecentAlerts(candidates, since)), ...(await breakGlassCandidates(now, config))];
  const byKind: DetectionResult["byKind"] = { many_patients: 0, out_of_scope_access: 0, repeated_denials: 0, break_glass: 0 };
  for (const c of fresh) if (await raiseAuditAlert(c)) byKind[c.kind]++;
  return { created: Object.values(byKind).reduce((a, b) => a + b, 0), byKind };
}

/** One alert per kind and actor per window: a pattern that spans a bucket boundary is not reported twice. */
async function withoutRecentAlerts(candidates: AlertCandidate[], since: Date): Promise<AlertCandidate[]> {
  if (candidates.length === 0) return [];
  const recent = await db.auditAlert.findMany({
    where: { createdAt: { gt: since }, actorId: { in: candidates.map((c) => c.actorId!) }, kind: { in: [...new Set(candidates.map((c) => c.kind))] } },
    select: { kind: true, actorId: true },
  });
  const seen = new Set(recent.map((r) => `${r.kind}:${r.actorId}`));
  return candidates.filter((c) => !seen.has(`${c.kind}:${c.actorId}`));
}

/** Every BREAK_GLASS entry of the look-back period that has no alert yet. */
async function breakGlassCandidates(now: Date, config: AuditAlertConfig): Promise<AlertCandidate[]> {
  const since = new Date(now.getTime() - config.breakGlassLookbackMinutes * 60_000);
  const rows = await db.$queryRaw<{ id: bigint; actorId: string | null; organizationId: string | null; patientId: string | null; resourceId: string | null; justification: string | null; grantId: string | null }[]>`
    SELECT a."id", a."actorId", COALESCE(u."organizationId", pu."organizationId") AS "organizationId", a."patientId", a."resourceId", a."justification",
           a."metadata" ->> 'grantId' AS "grantId"
      FROM "AuditLog" a
      LEFT JOIN "User" u ON u."id" = a."actorId"
      LEFT JOIN "Patient" p ON p."id" = a."patientId"
      LEFT JOIN "User" pu ON pu."id" = p."userId"
     WHERE a."action" = 'BREAK_GLASS' AND a."createdAt" > ${since} AND a."createdAt" <= ${now}`;
  if (rows.length === 0) return [];
  const keys = rows.map((r) => `break_glass:${r.id}`);
  const existing = new Set((await db.auditAlert.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((a) => a.dedupeKey));
  return rows
    .filter((r) => !existing.has(`break_glass:${r.id}`))
    .map((r) => ({
      kind: "break_glass" as const, organizationId: r.organizationId, actorId: r.actorId, patientId: r.patientId,
      dedupeKey: `break_glass:${r.id}`, createdAt: now,
      // Break-the-glass through a grant (server/auth/break-glass) already notified every supervisor at that moment.
      notify: !r.grantId,
      details: { auditLogId: r.id.toString(), consultationId: r.resourceId, justification: r.justification },
    }));
}
