/**
 * Runs the capability checks for assigning `providerId` to a consultation,
 * inside the assignment transaction. The provider row is locked so two
 * concurrent accepts cannot both slip under the daily limit.
 */
import { checkProviderCapability, startOfDayInZone, type CapabilityFailure } from "@/lib/capability/check-provider-capability";
import { AppError } from "@/lib/errors";
import type { Consultation } from "../db/generated/prisma/client";
import type { DbOrTx, Tx } from "../db/prisma";

export async function assertProviderCanTake(tx: Tx, c: Consultation, providerId: string, now: Date): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Provider" WHERE "id" = ${providerId} FOR UPDATE`;
  const failures = await capabilityFailures(tx, c, providerId, now);
  if (failures === null) throw new AppError("GUARD_FAILED", "The selected provider does not exist.", { providerId });
  if (failures.length === 0) return;
  const suggestions = await findCapableProviders(tx, c, now, providerId);
  const onlyLimit = failures.every((f) => f.check === "daily_limit");
  throw new AppError(
    onlyLimit ? "DAILY_LIMIT_REACHED" : "CAPABILITY_MISMATCH",
    `This provider cannot take the consultation: ${failures.map((f) => f.message).join(" ")}`,
    { providerId, failures, suggestions },
  );
}

/** null when the provider does not exist in the consultation's organisation. */
export async function capabilityFailures(tx: DbOrTx, c: Consultation, providerId: string, now: Date): Promise<CapabilityFailure[] | null> {
  const provider = await tx.provider.findUnique({ where: { id: providerId }, include: { user: { select: { organizationId: true, disabled: true } } } });
  if (!provider || provider.user.organizationId !== c.organizationId || provider.user.disabled) return null;
  const patient = await tx.patient.findUniqueOrThrow({ where: { id: c.patientId }, select: { userId: true, stateOfResidence: true } });
  const assignedToday = await tx.consultation.count({
    where: { assignedProviderId: providerId, assignedAt: { gte: startOfDayInZone(now, provider.timeZone) } },
  });
  return checkProviderCapability(
    { ...provider, providerId: provider.id, assignedToday },
    { consultationType: c.consultationType, patientState: patient.stateOfResidence, patientUserId: patient.userId },
    now,
  ).failures;
}

/** Up to three providers who could take the consultation instead, least loaded first. */
export async function findCapableProviders(tx: DbOrTx, c: Consultation, now: Date, excludeProviderId?: string, max = 3) {
  const candidates = await tx.provider.findMany({
    where: {
      specialties: { has: c.consultationType },
      available: true,
      id: excludeProviderId ? { not: excludeProviderId } : undefined,
      user: { organizationId: c.organizationId, disabled: false },
    },
    include: { user: { select: { name: true } }, _count: { select: { assignedConsultations: { where: { status: { in: ["assigned", "in_review", "requires_info"] } } } } } },
  });
  const out: { providerId: string; name: string; openAssignments: number }[] = [];
  for (const p of candidates.sort((a, b) => a._count.assignedConsultations - b._count.assignedConsultations)) {
    const failures = await capabilityFailures(tx, c, p.id, now);
    if (failures && failures.length === 0) out.push({ providerId: p.id, name: p.user.name, openAssignments: p._count.assignedConsultations });
    if (out.length === max) break;
  }
  return out;
}
