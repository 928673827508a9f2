/**
 * Picks a peer reviewer: another provider of the same specialty and
 * organisation, never the author, with an active licence, least loaded
 * (fewest open peer reviews, then fewest open assignments).
 */
import { AppError } from "@/lib/errors";
import type { Consultation } from "../db/generated/prisma/client";
import type { DbOrTx } from "../db/prisma";

export async function pickPeerReviewer(tx: DbOrTx, c: Consultation): Promise<string> {
  const candidates = await tx.provider.findMany({
    where: {
      id: c.assignedProviderId ? { not: c.assignedProviderId } : undefined,
      specialties: { has: c.consultationType },
      licenseExpiresAt: { gte: new Date() },
      user: { organizationId: c.organizationId, disabled: false },
    },
    select: {
      id: true,
      _count: {
        select: {
          peerReviews: { where: { status: "requires_peer_review" } },
          assignedConsultations: { where: { status: { in: ["assigned", "in_review", "requires_info"] } } },
        },
      },
    },
  });
  candidates.sort(
    (a, b) =>
      a._count.peerReviews - b._count.peerReviews ||
      a._count.assignedConsultations - b._count.assignedConsultations ||
      a.id.localeCompare(b.id),
  );
  const chosen = candidates[0];
  if (!chosen) throw new AppError("GUARD_FAILED", "No other provider of this specialty is available for peer review.", { failed: ["peer_reviewer"] });
  return chosen.id;
}
