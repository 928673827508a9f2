import type { ReactNode } from "react";
import { requirePageActor } from "@/server/auth/require-page-actor";

/**
 * Authorise before anything streams: loading.tsx starts the response early, so
 * a check made only in the page would come too late to answer 403 (or to
 * redirect to sign-in) with the right status. The page asks again; the lookup
 * is cached per request.
 */
export default async function AuditLayout({ children }: { children: ReactNode }) {
  await requirePageActor(["supervisor", "admin"], "/audit");
  return children;
}
