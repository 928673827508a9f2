/**
 * The REST door. Every /api/v1 handler is wrapped here: request id, actor
 * (401 when signed out), CSRF/content-type checks for writes, typed errors
 * (`{ error: { code, message, details } }`), and a generic 500 that leaks
 * nothing. Handlers stay thin: parse, call one use-case, map the result.
 */
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { AppError, fieldErrorsOf, isAppError } from "@/lib/errors";
import { getActor } from "../auth/get-actor";
import { logger } from "../logger";
import type { RequestContext } from "./request-context";
import { requestContextFrom } from "./request-context-from";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { RATE_LIMITS } from "@/lib/auth/rate-limits";
import { requiresMfa } from "@/lib/auth/policy";

export interface ApiContext<P> {
  req: NextRequest;
  params: P;
  actor: UserActor;
  request: RequestContext;
}

type Handler<P> = (ctx: ApiContext<P>) => Promise<Response | object>;

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface ApiRouteOptions {
  /** Staff must have MFA enrolled before anything else; only the enrolment endpoints opt out. */
  allowWithoutMfa?: boolean;
}

export function apiRoute<P = Record<string, never>>(handler: Handler<P>, options: ApiRouteOptions = {}) {
  return async (req: NextRequest, route: { params: Promise<P> }) => {
    const base = requestContextFrom(req);
    try {
      if (WRITE_METHODS.has(req.method)) assertSameOrigin(req);
      const { actor, problem } = await getActor({ touch: req.headers.get("x-background-refresh") !== "1" });
      if (!actor) {
        await consumeRateLimit(RATE_LIMITS.anonymous, base.ipAddress ?? "unknown");
        const msg = problem === "idle_timeout" ? "Your session ended after 30 minutes without activity. Sign in again." : "Sign in to continue.";
        throw new AppError("UNAUTHENTICATED", msg, { reason: problem });
      }
      await consumeRateLimit(RATE_LIMITS.user, actor.userId);
      if (requiresMfa(actor) && !actor.mfaEnabled && !options.allowWithoutMfa) {
        throw new AppError("MFA_REQUIRED", "Set up two-factor authentication before using clinical features.", { setupUrl: "/account/security" });
      }
      const request = { ...base, sessionId: actor.sessionId ?? null };
      const result = await handler({ req, params: await route.params, actor, request });
      const res = result instanceof Response ? result : NextResponse.json(result);
      res.headers.set("x-request-id", base.requestId);
      return res;
    } catch (e) {
      return errorResponse(e, base.requestId);
    }
  };
}

export function errorResponse(e: unknown, requestId: string): NextResponse {
  if (isAppError(e)) {
    const res = NextResponse.json(e.toJSON(), { status: e.status, headers: { "x-request-id": requestId } });
    const retry = e.details?.retryAfterSeconds;
    if (typeof retry === "number") res.headers.set("Retry-After", String(retry));
    return res;
  }
  logger.error({ err: e, requestId }, "unhandled API error");
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again.", details: { requestId } } },
    { status: 500, headers: { "x-request-id": requestId } },
  );
}

/** Browsers send Origin on cross-site writes; refuse a mismatch (CSRF). */
function assertSameOrigin(req: NextRequest) {
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (new URL(origin).host !== host) throw new AppError("FORBIDDEN", "Cross-site request refused.", { reason: "csrf" });
}

const MAX_BODY_BYTES = 256 * 1024;

/** Reads and validates a JSON body: 415 for non-JSON, 413 when too large, 400 for malformed JSON or schema errors. */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S, maxBytes = MAX_BODY_BYTES): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with Content-Type: application/json.");
  }
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes.`, { maxBytes });
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes.`, { maxBytes });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_FAILED", "The body is not valid JSON.", { fieldErrors: { _root: ["Malformed JSON"] } });
  }
  return parseWith(schema, json);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("VALIDATION_FAILED", "Some fields are missing or invalid.", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  }
  return parsed.data;
}

/** Query-string parameters as a plain object, validated by `schema`. */
export function parseQuery<S extends z.ZodType>(req: NextRequest, schema: S): z.infer<S> {
  return parseWith(schema, Object.fromEntries(req.nextUrl.searchParams.entries()));
}
