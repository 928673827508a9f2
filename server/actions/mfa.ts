"use server";

import "server-only";
import { headers } from "next/headers";
import { isAppError } from "@/lib/errors";
import { getActor } from "../auth/get-actor";
import { confirmMfaEnrolment } from "../auth/mfa/enrol-mfa";
import { verifySessionMfa } from "../auth/mfa/verify-session-mfa";
import { requestContextFrom } from "../http/request-context-from";

export type MfaActionResult = { ok: true; recoveryCodes?: string[]; mfaVerifiedAt?: string } | { ok: false; message: string };

export async function confirmMfaAction(token: string, code: string): Promise<MfaActionResult> {
  const { actor } = await getActor();
  if (!actor) return { ok: false, message: "Your session has ended. Sign in again." };
  try {
    const { recoveryCodes } = await confirmMfaEnrolment(actor, String(token), String(code), requestContextFrom({ headers: await headers() }, actor.sessionId));
    return { ok: true, recoveryCodes };
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.message };
    throw e;
  }
}

export async function verifyMfaAction(code: string): Promise<MfaActionResult> {
  const { actor } = await getActor();
  if (!actor) return { ok: false, message: "Your session has ended. Sign in again." };
  try {
    const { mfaVerifiedAt } = await verifySessionMfa(actor, String(code), requestContextFrom({ headers: await headers() }, actor.sessionId));
    return { ok: true, mfaVerifiedAt: mfaVerifiedAt.toISOString() };
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.message };
    throw e;
  }
}
