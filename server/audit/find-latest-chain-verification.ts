/**
 * The most recent chain verification run by someone in the actor's
 * organisation, read back from the trail (see run-audit-chain-verification.ts).
 */
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";

export interface ChainVerificationRecord {
  intact: boolean;
  checked: number;
  firstBrokenId?: string;
  verifiedAt: string;
  verifiedBy: string | null;
}

/** Latest recorded verification, or null when nobody in the organisation has run one. */
export async function findLatestChainVerification(actor: UserActor): Promise<ChainVerificationRecord | null> {
  if (!can(actor, "audit:verify")) throw new AppError("FORBIDDEN", "Only supervisors and compliance administrators can verify the audit trail.");
  // Only the roles that may verify can have run one: a short list that keeps the lookup on the (actorId, id) index.
  const users = await db.user.findMany({ where: { organizationId: actor.organizationId, role: { in: ["supervisor", "admin"] } }, select: { id: true, name: true } });
  if (users.length === 0) return null;
  const row = await db.auditLog.findFirst({
    where: { resourceType: "audit_chain", action: "READ", outcome: "allowed", actorId: { in: users.map((u) => u.id) } },
    orderBy: { id: "desc" },
    select: { metadata: true, createdAt: true, actorId: true },
  });
  if (!row) return null;
  const m = (row.metadata ?? {}) as { intact?: unknown; checked?: unknown; firstBrokenId?: unknown };
  return {
    intact: m.intact === true,
    checked: typeof m.checked === "number" ? m.checked : 0,
    ...(typeof m.firstBrokenId === "string" && { firstBrokenId: m.firstBrokenId }),
    verifiedAt: row.createdAt.toISOString(),
    verifiedBy: users.find((u) => u.id === row.actorId)?.name ?? null,
  };
}
