/**
 * The server-action door for any signed-in user (the use-case decides, through
 * the policy, whether this actor may do it): resolve the actor, build the
 * audit request context, run one use-case, and turn failures into values
 * (`{ ok: false, code, message, fieldErrors? }`). Unknown errors are logged
 * with a request id and shown as a generic message, never a stack or PHI.
 */
import { headers } from "next/headers";
import type { UserActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { getActor } from "../auth/get-actor";
import { logger } from "../logger";
import type { ActionResult } from "./patient-action";
import type { RequestContext } from "./request-context";
import { requestContextFrom } from "./request-context-from";

/** Runs `run` for the signed-in actor and returns `{ ok: true, ...result }` or a typed failure. */
export async function runActorAction<T extends object>(run: (actor: UserActor, request: RequestContext) => Promise<T>): Promise<ActionResult<T>> {
  const request = requestContextFrom({ headers: await headers() });
  try {
    const { actor, problem } = await getActor();
    if (!actor) {
      return { ok: false, code: "UNAUTHENTICATED", message: problem === "idle_timeout" ? "You were signed out after 30 minutes without activity. Sign in again." : "Sign in to continue." };
    }
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
