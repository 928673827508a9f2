import type { ReactNode } from "react";
import { requirePageActor } from "@/server/auth/require-page-actor";

/** Authorise before loading.tsx starts streaming, so a refusal is a real 403 (the page asks again, cached per request). */
export default async function AccessLogLayout({ children }: { children: ReactNode }) {
  await requirePageActor(["patient"], "/account/access-log");
  return children;
}
