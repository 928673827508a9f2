import { z } from "zod";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { beginMfaEnrolment, confirmMfaEnrolment } from "@/server/auth/mfa/enrol-mfa";

const ZConfirm = z.object({ token: z.string().min(20).max(2000), code: z.string().trim().min(6).max(10) }).strict();

/** GET /api/v1/auth/mfa/enrol — a new TOTP secret (QR code + sealed token); nothing is stored yet. */
export const GET = apiRoute(async ({ actor }) => beginMfaEnrolment(actor), { allowWithoutMfa: true });

/** POST /api/v1/auth/mfa/enrol {token, code} — confirms the authenticator; returns one-time recovery codes. */
export const POST = apiRoute(async ({ req, actor, request }) => {
  const { token, code } = await parseJsonBody(req, ZConfirm);
  return confirmMfaEnrolment(actor, token, code, request);
}, { allowWithoutMfa: true });
