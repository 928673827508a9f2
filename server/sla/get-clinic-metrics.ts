/**
 * Clinic quality metrics for a date range (and optional urgency), computed
 * with SQL aggregates (percentile_cont, FILTER, GROUP BY) — never by loading
 * rows into Node. Each metric is a table that the page charts and exports.
 */
import type { MetricTable, TMetricsQuery } from "@/lib/schemas/metrics";
import { Prisma } from "../db/generated/prisma/client";
import { db } from "../db/prisma";
import { verifyAuditChain } from "../audit/verify-audit-chain";

export function metricsRange(q: TMetricsQuery, now = new Date()) {
  const to = q.to ? new Date(`${q.to}T23:59:59.999Z`) : now;
  const from = q.from ? new Date(`${q.from}T00:00:00Z`) : new Date(to.getTime() - 30 * 86_400_000);
  return { from, to };
}

type Row = Record<string, string | number | null>;
const num = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

export async function getClinicMetrics(organizationId: string, q: TMetricsQuery, opts: { includeChain?: boolean } = {}): Promise<MetricTable[]> {
  const { from, to } = metricsRange(q);
  const urgency = q.urgency ? Prisma.sql`AND c."urgency" = ${q.urgency}::"Urgency"` : Prisma.empty;
  const inRange = Prisma.sql`c."organizationId" = ${organizationId} AND c."submittedAt" BETWEEN ${from} AND ${to} ${urgency}`;
  const [sla, completion, util, ai, peer, sat, safety, security] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT c."urgency"::text AS urgency, count(*)::int AS consultations,
             count(*) FILTER (WHERE c."slaViolationAt" IS NULL AND c."status" = 'completed')::int AS met,
             count(*) FILTER (WHERE c."slaViolationAt" IS NOT NULL)::int AS breached,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY c."responseTimeMinutes") AS wait_p50,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY c."responseTimeMinutes") AS wait_p90
        FROM "Consultation" c WHERE ${inRange} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<Row[]>`
      SELECT count(*)::int AS submitted, count(*) FILTER (WHERE c."status" = 'completed')::int AS completed,
             count(*) FILTER (WHERE c."status" = 'cancelled')::int AS cancelled,
             avg(c."responseTimeMinutes") AS first_response_avg,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (c."completedAt" - c."submittedAt")) / 60 - c."slaPausedMinutes") FILTER (WHERE c."completedAt" IS NOT NULL) AS completion_p50
        FROM "Consultation" c WHERE ${inRange}`,
    db.$queryRaw<Row[]>`
      SELECT u."name" AS provider, count(c."id")::int AS assigned, p."maxDailyConsultations" AS daily_limit,
             count(c."id")::float / GREATEST(1, p."maxDailyConsultations" * GREATEST(1, CEIL(EXTRACT(EPOCH FROM (${to}::timestamptz - ${from}::timestamptz)) / 86400))) AS utilisation
        FROM "Provider" p JOIN "User" u ON u."id" = p."userId"
        LEFT JOIN "Consultation" c ON c."assignedProviderId" = p."id" AND c."assignedAt" BETWEEN ${from} AND ${to}
       WHERE u."organizationId" = ${organizationId} GROUP BY u."name", p."maxDailyConsultations" ORDER BY 2 DESC`,
    db.$queryRaw<Row[]>`
      SELECT count(*) FILTER (WHERE m."aiAgreement" IS NOT NULL)::int AS compared,
             count(*) FILTER (WHERE m."aiAgreement")::int AS agreed
        FROM "ConsultationQualityMetrics" m JOIN "Consultation" c ON c."id" = m."consultationId" WHERE ${inRange}`,
    // Peer reviews are few: start from them, not from the consultations.
    db.$queryRaw<Row[]>`
      SELECT count(DISTINCT r."consultationId")::int AS reviewed, avg(r."score") AS mean_score,
             count(r."id") FILTER (WHERE r."status" = 'returned')::int AS returned
        FROM "PeerReview" r JOIN "Consultation" c ON c."id" = r."consultationId" WHERE ${inRange}`,
    db.$queryRaw<Row[]>`
      SELECT f."rating", count(*)::int AS responses FROM "PatientFeedback" f JOIN "Consultation" c ON c."id" = f."consultationId"
       WHERE ${inRange} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<Row[]>`
      SELECT count(*)::int AS approvals,
             count(*) FILTER (WHERE (l."results"->>'blocked')::boolean)::int AS blocked,
             count(*) FILTER (WHERE l."overridden")::int AS overrides,
             (SELECT count(*)::int FROM "Prescription" p JOIN "Consultation" c ON c."id" = p."consultationId" WHERE ${inRange} AND p."resolvedById" IS NOT NULL) AS pharmacist_interventions
        FROM "ClinicalDecisionSupportLog" l JOIN "Consultation" c ON c."id" = l."consultationId" WHERE ${inRange}`,
    db.$queryRaw<Row[]>`
      SELECT a."action" AS event, count(*)::int AS count FROM "AuditLog" a
       WHERE a."createdAt" BETWEEN ${from} AND ${to}
         AND (a."action" IN ('LOGIN_FAILED', 'LOCKOUT', 'BREAK_GLASS') OR a."outcome" = 'denied')
         AND (a."actorId" IS NULL OR a."actorId" IN (SELECT "id" FROM "User" WHERE "organizationId" = ${organizationId}))
       GROUP BY 1 ORDER BY 2 DESC`,
  ]);
  const chain = opts.includeChain ? await verifyAuditChain() : null;
  const c0 = completion[0] ?? {};
  const a0 = ai[0] ?? {};
  const p0 = peer[0] ?? {};
  const s0 = safety[0] ?? {};
  const rate = (n: unknown, d: unknown) => (Number(d) > 0 ? Math.round((Number(n) / Number(d)) * 1000) / 10 : null);
  return [
    { key: "sla", title: "SLA compliance by urgency", description: "Completed on time ÷ all consultations submitted in the range.", chart: { label: "urgency", value: "compliance", unit: "%" },
      columns: [{ key: "urgency", label: "Urgency" }, { key: "consultations", label: "Consultations" }, { key: "met", label: "Completed on time" }, { key: "breached", label: "Breached" }, { key: "compliance", label: "Compliance", unit: "%" }],
      rows: sla.map((r) => ({ ...r, compliance: rate(r.met, r.consultations) })) },
    { key: "wait", title: "Wait for first response by urgency", description: "Minutes from submission to the first clinician response (p50 and p90).", chart: { label: "urgency", value: "wait_p50", unit: "min" },
      columns: [{ key: "urgency", label: "Urgency" }, { key: "wait_p50", label: "p50", unit: "min" }, { key: "wait_p90", label: "p90", unit: "min" }],
      rows: sla.map((r) => ({ urgency: r.urgency, wait_p50: num(r.wait_p50), wait_p90: num(r.wait_p90) })) },
    { key: "completion", title: "Completion and response times", description: "Completion rate and times (waiting on the patient excluded).",
      columns: [{ key: "submitted", label: "Submitted" }, { key: "completed", label: "Completed" }, { key: "cancelled", label: "Cancelled" }, { key: "completion_rate", label: "Completion rate", unit: "%" }, { key: "first_response_avg", label: "First response (mean)", unit: "min" }, { key: "completion_p50", label: "Time to completion (p50)", unit: "min" }],
      rows: [{ ...c0, completion_rate: rate(c0.completed, c0.submitted), first_response_avg: num(c0.first_response_avg), completion_p50: num(c0.completion_p50) }] },
    { key: "utilisation", title: "Provider utilisation", description: "Assignments ÷ (daily limit × days in range).", chart: { label: "provider", value: "utilisation_pct", unit: "%" },
      columns: [{ key: "provider", label: "Provider" }, { key: "assigned", label: "Assigned" }, { key: "daily_limit", label: "Daily limit" }, { key: "utilisation_pct", label: "Utilisation", unit: "%" }],
      rows: util.map((r) => ({ provider: r.provider, assigned: r.assigned, daily_limit: r.daily_limit, utilisation_pct: num(Number(r.utilisation) * 100) })) },
    { key: "ai", title: "AI–provider agreement", description: "Completed consultations whose final diagnosis matches the AI's primary diagnosis.",
      columns: [{ key: "compared", label: "Compared" }, { key: "agreed", label: "Agreed" }, { key: "agreement", label: "Agreement rate", unit: "%" }], rows: [{ ...a0, agreement: rate(a0.agreed, a0.compared) }] },
    { key: "peer_review", title: "Peer review", description: "Share of consultations peer reviewed and the mean score (1-5).",
      columns: [{ key: "completed", label: "Completed" }, { key: "reviewed", label: "Peer reviewed" }, { key: "peer_review_rate", label: "Peer-review rate", unit: "%" }, { key: "mean_score", label: "Mean score" }, { key: "returned", label: "Returned" }],
      rows: [{ completed: c0.completed ?? 0, ...p0, peer_review_rate: rate(p0.reviewed, c0.completed), mean_score: num(p0.mean_score) }] },
    { key: "satisfaction", title: "Patient satisfaction", description: "Ratings patients gave after completion (1-5).", chart: { label: "rating", value: "responses", unit: "responses" },
      columns: [{ key: "rating", label: "Rating" }, { key: "responses", label: "Responses" }], rows: sat },
    { key: "safety", title: "Medication safety", description: "Prescription approvals, blocked checks, overrides with rationale, pharmacist interventions.",
      columns: [{ key: "approvals", label: "Approvals" }, { key: "blocked", label: "Blocked by checks" }, { key: "overrides", label: "Overrides" }, { key: "pharmacist_interventions", label: "Pharmacist interventions" }], rows: [s0] },
    { key: "security", title: "Security and compliance", description: `Failed sign-ins, lockouts, denied accesses and break-the-glass events.${chain ? ` Audit chain: ${chain.intact ? "intact" : `broken at row ${chain.firstBrokenId}`} (${chain.checked} rows checked).` : ""}`,
      chart: { label: "event", value: "count", unit: "events" }, columns: [{ key: "event", label: "Event" }, { key: "count", label: "Count" }],
      rows: security.map((r) => ({ event: r.event === "TRANSITION" || r.event === "READ" || r.event === "SUBSCRIBE" ? `${r.event} denied` : r.event, count: r.count })) },
  ];
}

/** E-visit billing suggestions: one row per consultation completed in the range (export only; can be long). */
export async function getBillingSuggestions(organizationId: string, q: TMetricsQuery): Promise<MetricTable> {
  const { from, to } = metricsRange(q);
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."reference", to_char(c."completedAt", 'YYYY-MM-DD') AS completed_on, u."name" AS provider, p."credential",
           round(m."activeProviderSeconds" / 60.0)::int AS minutes, m."suggestedCptCode" AS cpt
      FROM "Consultation" c
      JOIN "ConsultationQualityMetrics" m ON m."consultationId" = c."id"
      LEFT JOIN "Provider" p ON p."id" = c."assignedProviderId" LEFT JOIN "User" u ON u."id" = p."userId"
     WHERE c."organizationId" = ${organizationId} AND c."status" = 'completed' AND c."completedAt" BETWEEN ${from} AND ${to}
     ORDER BY c."completedAt"`;
  return {
    key: "billing", title: "E-visit CPT suggestions", description: "CPT 99421-99423 (physicians) or 98970-98972 from cumulative active clinician time in the 7-day window.",
    columns: [{ key: "reference", label: "Reference" }, { key: "completed_on", label: "Completed" }, { key: "provider", label: "Provider" }, { key: "credential", label: "Credential" }, { key: "minutes", label: "Active time", unit: "min" }, { key: "cpt", label: "Suggested CPT" }],
    rows,
  };
}
