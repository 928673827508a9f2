import "server-only";
import { cache } from "react";
import { redirect, forbidden } from "next/navigation";
import { headers } from "next/headers";
import type { Role, UserActor } from "@/lib/auth/actor";
import { requiresMfa } from "@/lib/auth/policy";
import { db } from "../db/prisma";
import { getActor } from "./get-actor";
import { requestContextFrom } from "../http/request-context-from";
import type { RequestContext } from "../http/request-context";

export interface PageSession {
  actor: UserActor;
  name: string;
  request: RequestContext;
}

/** One lookup per render, shared by layout and page. */
const resolve = cache(async () => {
  const { actor, problem } = await getActor();
  if (!actor) return { actor: null, problem, name: "" };
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
  return { actor, problem, name: user?.name ?? "" };
});

/** For server components: the signed-in actor with one of `roles`, or a redirect to sign in / a 403 page. */
export async function requirePageActor(roles: readonly Role[], path: string, opts: { allowWithoutMfa?: boolean } = {}): Promise<PageSession> {
  const { actor, problem, name } = await resolve();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}${problem === "idle_timeout" ? "&reason=idle" : ""}`);
  if (!roles.includes(actor.role)) forbidden();
  // Staff must enrol MFA before any clinical page.
  if (requiresMfa(actor) && !actor.mfaEnabled && !opts.allowWithoutMfa) redirect("/account/security?setup=required");
  return { actor, name, request: requestContextFrom({ headers: await headers() }, actor.sessionId) };
}

export async function optionalPageActor() {
  return resolve();
}
