/**
 * Session → Actor. Enforces the server-side session rules on every request:
 * revoked, past its absolute lifetime, or idle for 30 minutes means signed out.
 * Background refreshes (header `x-background-refresh: 1`, sent by polling and
 * live queries) do not count as activity, so an unattended dashboard still
 * logs off.
 */
import { auth } from "./auth";
import { resolveSessionById, type ResolvedSession } from "./resolve-session";

export { resolveSessionById, type ResolvedSession, type SessionProblem } from "./resolve-session";

/** The signed-in actor for the current request, or null. */
export async function getActor(opts: { touch?: boolean } = {}): Promise<ResolvedSession> {
  const session = (await auth()) as { sid?: string } | null;
  return resolveSessionById(session?.sid, { touch: opts.touch ?? true });
}
