import type { UserActor } from "@/lib/auth/actor";
import { db } from "../db/prisma";

/** Whether the patient has an unfinished intake (so "My consultations" can offer to continue it). No PHI is read. */
export async function hasIntakeDraft(actor: UserActor): Promise<boolean> {
  if (actor.role !== "patient" || !actor.patientId) return false;
  return (await db.intakeDraft.count({ where: { patientId: actor.patientId } })) > 0;
}
