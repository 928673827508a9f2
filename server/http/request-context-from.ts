import type { RequestContext } from "./request-context";

/** Audit context from an incoming request's headers. */
export function requestContextFrom(req: Request | { headers: Headers } | undefined, sessionId?: string | null): RequestContext {
  const h = req?.headers;
  // The right-most X-Forwarded-For entry is the one the nearest proxy (or Next.js itself) added;
  // entries to its left can be forged by the client.
  const forwarded = h?.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  const justification = h?.get("x-access-justification")?.slice(0, 500) ?? null;
  return {
    requestId: h?.get("x-request-id") ?? crypto.randomUUID(),
    ipAddress: forwarded || h?.get("x-real-ip") || "127.0.0.1",
    userAgent: h?.get("user-agent") ?? null,
    sessionId: sessionId ?? null,
    justification,
    emergencyAccess: h?.get("x-emergency-access") === "true",
  };
}
