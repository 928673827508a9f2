/**
 * Sends the patient's intake (the server action's use-case): checks the
 * consent wording they agreed to is the current one, creates and triages the
 * consultation through submitIntake (idempotent on the draft's key, so a
 * double click or a retry returns the same consultation), then deletes the
 * draft. The draft is deleted after the consultation commits: if that delete
 * failed, a resubmit would replay the same consultation, never a second one.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { CONSENT_VERSION, type TIntake } from "@/lib/schemas/intake";
import { db } from "../db/prisma";
import type { Consultation } from "../db/generated/prisma/client";
import type { RequestContext } from "../http/request-context";
import { submitIntake } from "./submit-intake";

export async function submitIntakeDraft(actor: UserActor, intake: TIntake, request: RequestContext, idempotencyKey: string): Promise<Consultation> {
  if (intake.consent.version !== CONSENT_VERSION) {
    throw new AppError("GUARD_FAILED", "The agreement wording has changed since you read it. Read it again and agree before sending.", {
      fieldErrors: { "consent.version": ["Read the new wording and agree again"] },
    });
  }
  const { consultation } = await submitIntake(actor, intake, request, idempotencyKey);
  if (actor.patientId) await db.intakeDraft.deleteMany({ where: { patientId: actor.patientId } });
  return consultation;
}
