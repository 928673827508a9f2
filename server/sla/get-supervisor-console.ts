/**
 * Everything the supervisor console shows, for one organisation: the SLA
 * summary, counts by state and urgency, provider load against daily limits,
 * the emergency queue, pending supervisor approvals, peer reviews in flight
 * and unacknowledged audit alerts. All counts are SQL aggregates.
 */
import { startOfDayInZone } from "@/lib/capability/check-provider-capability";
import { db } from "../db/prisma";
import { getSlaSummary } from "./get-sla-summary";

export async function getSupervisorConsole(organizationId: string, now = new Date()) {
  const [summary, byState, providers, emergencies, approvals, peerReviews, alerts] = await Promise.all([
    getSlaSummary(organizationId, now),
    db.$queryRaw<{ status: string; urgency: string; n: number }[]>`
      SELECT "status"::text AS status, "urgency"::text AS urgency, count(*)::int AS n FROM "Consultation"
       WHERE "organizationId" = ${organizationId} AND "status" NOT IN ('completed', 'cancelled') GROUP BY 1, 2`,
    db.provider.findMany({
      where: { user: { organizationId, disabled: false } },
      include: {
        user: { select: { name: true } },
        _count: { select: { assignedConsultations: { where: { status: { in: ["assigned", "in_review", "requires_info", "prescription_pending"] } } } } },
      },
      orderBy: { user: { name: "asc" } },
    }),
    db.consultation.findMany({
      where: { organizationId, status: "escalated" }, orderBy: { escalatedAt: "asc" },
      select: { id: true, reference: true, chiefComplaint: true, escalationReason: true, escalatedAt: true, urgency: true, clinicalRiskLevel: true },
    }),
    db.consultation.findMany({
      where: { organizationId, supervisorApprovalRequired: true, supervisorApprovedAt: null, status: { notIn: ["completed", "cancelled"] } },
      select: { id: true, reference: true, chiefComplaint: true, status: true, assignedProvider: { select: { user: { select: { name: true } } } } },
    }),
    db.peerReview.findMany({
      where: { status: "pending", consultation: { organizationId } }, orderBy: { createdAt: "asc" },
      select: { id: true, consultationId: true, createdAt: true, mandatory: true, triggers: true, consultation: { select: { reference: true } } },
    }),
    db.auditAlert.findMany({ where: { organizationId, acknowledgedAt: null }, orderBy: { createdAt: "desc" }, take: 20 }),
  ]);
  const today = await Promise.all(
    providers.map((p) => db.consultation.count({ where: { assignedProviderId: p.id, assignedAt: { gte: startOfDayInZone(now, p.timeZone) } } })),
  );
  return {
    summary,
    byState,
    providerLoad: providers.map((p, i) => ({
      providerId: p.id, name: p.user.name, specialties: p.specialties, open: p._count.assignedConsultations, assignedToday: today[i]!,
      dailyLimit: p.maxDailyConsultations, utilisation: Math.round((today[i]! / Math.max(1, p.maxDailyConsultations)) * 100) / 100,
      available: p.available, licenceExpired: p.licenseExpiresAt < now,
    })),
    emergencies: emergencies.map((e) => ({ ...e, escalatedAt: e.escalatedAt?.toISOString() ?? null })),
    approvals: approvals.map((a) => ({ id: a.id, reference: a.reference, chiefComplaint: a.chiefComplaint, status: a.status, provider: a.assignedProvider?.user.name ?? null })),
    peerReviews: peerReviews.map((r) => ({ id: r.id, consultationId: r.consultationId, reference: r.consultation.reference, since: r.createdAt.toISOString(), mandatory: r.mandatory, triggers: r.triggers })),
    alerts: alerts.map((a) => ({ id: a.id, kind: a.kind, severity: a.severity, createdAt: a.createdAt.toISOString(), details: a.details })),
  };
}

export type SupervisorConsole = Awaited<ReturnType<typeof getSupervisorConsole>>;
