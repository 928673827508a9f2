import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { FRESH_MFA_MS } from "./session-policy";

/** Prescription approval needs a TOTP verification within the last 15 minutes (403 MFA_REQUIRED otherwise). */
export function assertFreshMfa(actor: UserActor, now = new Date()): void {
  const at = actor.mfaVerifiedAt?.getTime();
  if (!actor.mfaEnabled) throw new AppError("MFA_REQUIRED", "Set up two-factor authentication before prescribing.", { reason: "not_enrolled", setupUrl: "/account/security" });
  if (!at || now.getTime() - at > FRESH_MFA_MS) {
    throw new AppError("MFA_REQUIRED", "Confirm it's you: enter your authenticator code to approve prescriptions.", {
      reason: "stale", verifyUrl: "/api/v1/auth/mfa/verify", maxAgeSeconds: FRESH_MFA_MS / 1000,
    });
  }
}
