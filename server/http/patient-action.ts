/**
 * The server-action door for patients: resolve the actor (patients only),
 * build the audit request context from the incoming headers, run one
 * use-case, and turn failures into values (`{ ok: false, code, message,
 * fieldErrors }`). Unknown errors are logged with a request id and shown as a
 * generic message, never a stack or PHI.
 */
import { headers } from "next/headers";
import type { UserActor } from "@/lib/auth/actor";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { getActor } from "../auth/get-actor";
import { logger } from "../logger";
import type { RequestContext } from "./request-context";
import { requestContextFrom } from "./request-context-from";

export type ActionFailure = { ok: false; code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]> };
export type ActionResult<T = object> = ({ ok: true } & T) | ActionFailure;

export async function runPatientAction<T extends object>(run: (actor: UserActor, request: RequestContext) => Promise<T>): Promise<ActionResult<T>> {
  const request = requestContextFrom({ headers: await headers() });
  try {
    const { actor, problem } = await getActor();
    if (!actor) {
      const message = problem === "idle_timeout" ? "You were signed out after 30 minutes without activity. Sign in again; your answers are saved." : "Sign in to continue.";
      return { ok: false, code: "UNAUTHENTICATED", message };
    }
    if (actor.role !== "patient") return { ok: false, code: "FORBIDDEN", message: "Only patients can do this." };
    const result = await run(actor, { ...request, sessionId: actor.sessionId ?? null });
    return { ok: true, ...result };
  } catch (e) {
    if (isAppError(e)) {
      const fieldErrors = e.details?.fieldErrors as Record<string, string[]> | undefined;
      return { ok: false, code: e.code, message: e.message, ...(fieldErrors && { fieldErrors }) };
    }
    logger.error({ err: e, requestId: request.requestId }, "unhandled server action error");
    return { ok: false, code: "INTERNAL", message: `Something went wrong on our side. Please try again. (Reference ${request.requestId})` };
  }
}
