/**
 * Active clinician time on a consultation, reported by the review page in
 * short slices while the clinician is active (idle time is never reported).
 * Only counted inside the 7-day e-visit window that starts at submission.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { EVISIT_WINDOW_DAYS } from "@/lib/billing/suggest-cpt";
import { db } from "../db/prisma";
import type { RequestContext } from "../http/request-context";
import { getAuthorizedConsultation } from "../consultations/get-consultation";

export async function recordProviderTime(
  actor: UserActor,
  consultationId: string,
  entry: { activity: string; seconds: number },
  request: RequestContext,
  now = new Date(),
) {
  const { consultation: c, relation } = await getAuthorizedConsultation(actor, consultationId, "consultation:read", request);
  if (relation !== "assigned" && relation !== "peer_reviewer") throw new AppError("FORBIDDEN", "Only the clinicians working on this consultation record time.");
  if (now.getTime() - c.submittedAt.getTime() > EVISIT_WINDOW_DAYS * 86_400_000) return { counted: false };
  await db.providerTimeEntry.create({
    data: { consultationId, providerUserId: actor.userId, activity: entry.activity, seconds: entry.seconds, startedAt: new Date(now.getTime() - entry.seconds * 1000), endedAt: now },
  });
  return { counted: true };
}
