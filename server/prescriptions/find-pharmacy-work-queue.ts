/**
 * The pharmacist's work queue: prescriptions waiting for manual handling (oldest first) and
 * orders delivered in the last 7 days. Minimum necessary: the patient's name, date of birth
 * and allergies; no complaint, intake or messages. Every prescription shown is an audited READ.
 */
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { allergyEntries } from "@/lib/prescriptions/build-safety-check-input";
import { formatSig } from "@/lib/prescriptions/format-sig";
import type { PharmacyQueueItem } from "@/lib/prescriptions/pharmacy-queue-item";
import { db } from "../db/prisma";
import { recordAuditLogs } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { withPharmacies } from "./with-pharmacies";

const RECENT_DAYS = 7;

const INCLUDE = {
  consultation: { select: { id: true, reference: true, patientId: true, patient: { select: { dateOfBirth: true, allergies: true, user: { select: { name: true } } } } } },
} as const;

export async function findPharmacyWorkQueue(actor: UserActor, request: RequestContext, now = new Date()): Promise<{ manual: PharmacyQueueItem[]; recent: PharmacyQueueItem[] }> {
  if (!can(actor, "prescriptions:work")) throw new AppError("FORBIDDEN", "Only pharmacists can see the prescription queue.");
  const org = { consultation: { organizationId: actor.organizationId } };
  const [manual, recent] = await Promise.all([
    db.prescription.findMany({ where: { ...org, status: "manual" }, include: INCLUDE, orderBy: { manualQueuedAt: "asc" }, take: 200 }).then(withPharmacies),
    db.prescription.findMany({
      where: { ...org, status: { in: ["sent", "phoned_in"] }, sentAt: { gte: new Date(now.getTime() - RECENT_DAYS * 86_400_000) } },
      include: INCLUDE, orderBy: { sentAt: "desc" }, take: 25,
    }).then(withPharmacies),
  ]);
  const prescriberIds = [...new Set([...manual, ...recent].flatMap((r) => [r.prescriberUserId, r.resolvedById]).filter((x): x is string => !!x))];
  const names = new Map((await db.user.findMany({ where: { id: { in: prescriberIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const reads = [...manual, ...recent].map((r) => ({
    actor, action: "READ" as const, resourceType: "prescription", resourceId: r.id, patientId: r.consultation.patientId, outcome: "allowed" as const,
    request, metadata: { view: "pharmacy_queue", status: r.status },
  }));
  // In a transaction: the audit chain's advisory lock is transaction-scoped.
  if (reads.length) await db.$transaction((tx) => recordAuditLogs(tx, reads));
  const shape = (r: (typeof manual)[number]): PharmacyQueueItem => ({
    id: r.id, status: r.status, consultationReference: r.consultation.reference,
    patient: {
      name: r.consultation.patient.user.name,
      dateOfBirth: r.consultation.patient.dateOfBirth.toISOString().slice(0, 10),
      allergies: allergyEntries(r.consultation.patient.allergies).map((a) => (typeof a === "string" ? a : a.reaction ? `${a.substance} (${a.reaction})` : a.substance)),
    },
    medication: `${r.displayName} ${r.doseText}`, sig: formatSig(r), quantity: r.quantity, refills: r.refills, controlledSubstance: r.controlledSubstance,
    pharmacy: r.pharmacy ? { name: r.pharmacy.name, phone: r.pharmacy.phone, ncpdpId: r.pharmacy.ncpdpId } : null, prescriberName: names.get(r.prescriberUserId) ?? "Unknown prescriber",
    reason: r.lastError, attempts: r.attempts, manualQueuedAt: r.manualQueuedAt, sentAt: r.sentAt, pharmacyOrderId: r.pharmacyOrderId,
    resolution: r.resolution, resolvedByName: r.resolvedById ? (names.get(r.resolvedById) ?? null) : null,
  });
  return { manual: manual.map(shape), recent: recent.map(shape) };
}
