import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { requiresMfa } from "@/lib/auth/policy";
import { fieldErrorsOf, isAppError, type AppErrorCode } from "@/lib/errors";
import { logger } from "../logger";
import { getActor } from "./get-actor";
import { requestContextFrom } from "../http/request-context-from";
import type { RequestContext } from "../http/request-context";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]>; details?: Record<string, unknown> };

/**
 * The server-action door: resolve the actor (and the MFA rule for staff),
 * re-parse the input with the shared zod schema, run one use-case, and map
 * expected failures to `{ ok: false, code, message, fieldErrors }`.
 */
export async function authedAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (ctx: { actor: UserActor; request: RequestContext; input: z.infer<S> }) => Promise<T>,
): Promise<ActionResult<T>> {
  const { actor } = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again." };
  if (requiresMfa(actor) && !actor.mfaEnabled) return { ok: false, code: "MFA_REQUIRED", message: "Set up two-factor authentication first." };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "VALIDATION_FAILED", message: "Some fields are missing or invalid.", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const request = requestContextFrom({ headers: await headers() }, actor.sessionId);
  try {
    return { ok: true, data: await run({ actor, request, input: parsed.data }) };
  } catch (e) {
    if (isAppError(e)) return { ok: false, code: e.code, message: e.message, fieldErrors: e.details?.fieldErrors as Record<string, string[]> | undefined, details: e.details };
    logger.error({ err: e, requestId: request.requestId }, "server action failed");
    return { ok: false, code: "INTERNAL", message: "Something went wrong on our side. Please try again." };
  }
}
