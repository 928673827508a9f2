/**
 * Authenticates a socket from the next-auth session cookie it sends: decode
 * the JWT with AUTH_SECRET, then resolve the server-side session (idle and
 * revocation rules apply, without counting as user activity).
 */
import { decode } from "next-auth/jwt";
import type { UserActor } from "@/lib/auth/actor";
import { resolveSessionById } from "../auth/resolve-session";
import { getEnv } from "../env";

const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

export async function actorFromCookieHeader(header: string | undefined): Promise<UserActor | null> {
  const cookies = parseCookies(header);
  for (const name of COOKIE_NAMES) {
    const token = cookies[name] ?? joinChunks(cookies, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret: getEnv().AUTH_SECRET, salt: name });
      const sid = typeof payload?.sid === "string" ? payload.sid : undefined;
      const { actor } = await resolveSessionById(sid, { touch: false });
      if (actor) return actor;
    } catch {
      // invalid or expired token: try the next cookie name
    }
  }
  return null;
}

/** Auth.js splits large cookies into name.0, name.1, … */
function joinChunks(cookies: Record<string, string>, name: string): string | undefined {
  const parts: string[] = [];
  for (let i = 0; cookies[`${name}.${i}`]; i++) parts.push(cookies[`${name}.${i}`]!);
  return parts.length ? parts.join("") : undefined;
}
