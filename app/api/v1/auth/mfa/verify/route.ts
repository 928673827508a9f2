import { z } from "zod";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { verifySessionMfa } from "@/server/auth/mfa/verify-session-mfa";

const ZVerify = z.object({ code: z.string().trim().min(6).max(20) }).strict();

/** POST /api/v1/auth/mfa/verify {code} — step-up verification for this session (fresh-MFA rule). */
export const POST = apiRoute(async ({ req, actor, request }) => {
  const { code } = await parseJsonBody(req, ZVerify);
  const { mfaVerifiedAt } = await verifySessionMfa(actor, code, request);
  return { mfaVerifiedAt: mfaVerifiedAt.toISOString() };
});
