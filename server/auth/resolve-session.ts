/**
 * Server-side session → Actor. Enforces the session rules on every request:
 * revoked, past its absolute lifetime, or idle for 30 minutes means signed out.
 * Background refreshes (touch: false) do not count as activity.
 */
import type { UserActor } from "@/lib/auth/actor";
import { db } from "../db/prisma";
import { ACTIVITY_WRITE_INTERVAL_MS, IDLE_TIMEOUT_MS } from "./session-policy";

export type SessionProblem = "none" | "idle_timeout" | "expired" | "revoked";

export interface ResolvedSession {
  actor: UserActor | null;
  problem: SessionProblem;
}

export async function resolveSessionById(sessionId: string | undefined, opts: { touch: boolean; now?: Date }): Promise<ResolvedSession> {
  if (!sessionId) return { actor: null, problem: "none" };
  const now = opts.now ?? new Date();
  const s = await db.userSession.findUnique({
    where: { id: sessionId },
    include: { user: { include: { patient: { select: { id: true } }, provider: { select: { id: true, specialties: true } } } } },
  });
  if (!s || s.revokedAt || s.user.disabled) return { actor: null, problem: "revoked" };
  if (s.expiresAt <= now) return { actor: null, problem: "expired" };
  if (now.getTime() - s.lastActiveAt.getTime() > IDLE_TIMEOUT_MS) {
    await db.userSession.update({ where: { id: s.id }, data: { revokedAt: now } });
    return { actor: null, problem: "idle_timeout" };
  }
  if (opts.touch && now.getTime() - s.lastActiveAt.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
    await db.userSession.update({ where: { id: s.id }, data: { lastActiveAt: now } });
  }
  const u = s.user;
  return {
    problem: "none",
    actor: {
      kind: "user", userId: u.id, role: u.role, organizationId: u.organizationId,
      patientId: u.patient?.id, providerId: u.provider?.id, specialties: u.provider?.specialties,
      sessionId: s.id, mfaVerifiedAt: s.mfaVerifiedAt, mfaEnabled: u.mfaSecretEnc !== null,
    },
  };
}

