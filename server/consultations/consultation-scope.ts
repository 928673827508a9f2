/**
 * Query scoping that mirrors lib/auth/policy.ts: every list query is limited
 * to what the actor may see, so a forgotten check elsewhere fails closed.
 */
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "../db/prisma";

export function consultationScope(actor: Actor): Prisma.ConsultationWhereInput {
  if (actor.kind === "system") return {};
  const org = { organizationId: actor.organizationId };
  switch (actor.role) {
    case "patient":
      return { ...org, patientId: actor.patientId ?? "__none__" };
    case "provider": {
      const me = actor.providerId ?? "__none__";
      return {
        ...org,
        OR: [
          { assignedProviderId: me },
          { peerReviewerId: me },
          { assignedProviderId: null, status: { in: ["triaged", "escalated"] }, consultationType: { in: actor.specialties ?? [] } },
        ],
      };
    }
    case "supervisor":
      return org;
    case "pharmacist":
      return { ...org, status: { in: ["prescription_pending", "prescription_sent", "completed"] }, pharmacyOrderId: { not: null } };
    case "admin":
      throw new AppError("FORBIDDEN", "Administrators manage accounts and do not see clinical content.");
  }
}
