/**
 * Everything an intake page needs for the signed-in patient: the saved draft
 * (answers and step), answers prefilled from their record, the language to
 * show, whether to ask about pregnancy, and the files they have uploaded but
 * not sent. The read of their own draft and record is audited.
 */
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toLocale, type Locale } from "@/lib/i18n/intake";
import { isPregnancyRelevant } from "@/lib/intake/intake-steps";
import { prefillFromProfile } from "@/lib/intake/prefill-from-profile";
import { readDraft } from "@/lib/intake/read-draft";
import type { TIntakeDraftValues } from "@/lib/schemas/intake-form";
import type { TAttachmentSummary } from "@/lib/schemas/attachments";
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { findPendingAttachments } from "../attachments/find-pending-attachments";

export interface IntakeContext {
  locale: Locale;
  values: TIntakeDraftValues;
  /** Index of the step to resume at; INTAKE_STEPS.length means "check your answers". */
  step: number;
  hasDraft: boolean;
  idempotencyKey: string | null;
  askPregnancy: boolean;
  /** True when medicines or allergies came from the patient's record, not from this draft. */
  prefilled: { medicines: boolean; allergies: boolean };
  attachments: TAttachmentSummary[];
}

export async function getIntakeContext(actor: UserActor, request: RequestContext, now = new Date()): Promise<IntakeContext> {
  if (actor.role !== "patient" || !actor.patientId) throw new AppError("FORBIDDEN", "Only patients can start a consultation.");
  const [patient, draft, attachments] = await Promise.all([
    db.patient.findUniqueOrThrow({ where: { id: actor.patientId } }),
    db.intakeDraft.findUnique({ where: { patientId: actor.patientId } }),
    findPendingAttachments(actor),
  ]);
  const stored = readDraft(draft?.data);
  const profile = prefillFromProfile(patient);
  const values = { ...profile, ...stored.values };
  await recordAuditLogStandalone({
    actor, action: "READ", resourceType: "intake_draft", resourceId: actor.patientId, patientId: actor.patientId, outcome: "allowed", request,
    metadata: { hasDraft: draft !== null, step: draft?.step ?? 0 },
  });
  return {
    locale: toLocale(values.preferredLanguage ?? patient.languagePreference),
    values,
    step: draft?.step ?? 0,
    hasDraft: draft !== null,
    idempotencyKey: stored.idempotencyKey,
    askPregnancy: isPregnancyRelevant(patient.sex, patient.dateOfBirth, now),
    prefilled: {
      medicines: stored.values.takesMedicines === undefined && profile.takesMedicines !== undefined,
      allergies: stored.values.hasAllergies === undefined && profile.hasAllergies !== undefined,
    },
    attachments,
  };
}
