/**
 * Creates a consultation from a patient's intake and triages it, in one
 * transaction: consultation (pending) + history + audit + outbox, then the
 * system transition to triaged or (critical) escalated through the single
 * write path. An Idempotency-Key makes retries safe: the same key and body
 * return the same consultation; a concurrent duplicate loses the unique-key
 * race, rolls back, and returns the winner's consultation.
 */
import { createHash, randomBytes } from "node:crypto";
import { systemActor, type UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { makeReference } from "@/lib/consultations/reference";
import { AppError } from "@/lib/errors";
import type { TIntake } from "@/lib/schemas/intake";
import { canonicalJson } from "../audit/audit-hash";
import { recordAuditLog } from "../audit/record-audit-log";
import { db, Prisma } from "../db/prisma";
import type { Consultation } from "../db/generated/prisma/client";
import type { RequestContext } from "../http/request-context";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import { applyTransition } from "../consultations/transition-consultation";
import { triageFields, triageIntake } from "./triage-intake";

export interface SubmitResult {
  consultation: Consultation;
  replayed: boolean;
}

export async function submitIntake(actor: UserActor, intake: TIntake, request: RequestContext, idempotencyKey?: string): Promise<SubmitResult> {
  if (!can(actor, "consultation:create") || !actor.patientId) throw new AppError("FORBIDDEN", "Only patients can start a consultation.");
  const requestHash = createHash("sha256").update(canonicalJson(intake)).digest("hex");
  if (idempotencyKey) {
    const replay = await findReplay(actor.userId, idempotencyKey, requestHash);
    if (replay) return { consultation: replay, replayed: true };
  }
  try {
    const consultation = await db.$transaction((tx) => createAndTriage(tx, actor, intake, request, idempotencyKey, requestHash), { timeout: 20_000 });
    return { consultation, replayed: false };
  } catch (e) {
    if (idempotencyKey && e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const replay = await findReplay(actor.userId, idempotencyKey, requestHash);
      if (replay) return { consultation: replay, replayed: true };
    }
    throw e;
  }
}

async function findReplay(userId: string, key: string, requestHash: string): Promise<Consultation | null> {
  const existing = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
  if (!existing) return null;
  if (existing.requestHash !== requestHash) {
    throw new AppError("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used with a different request body.", { key });
  }
  return db.consultation.findUniqueOrThrow({ where: { id: existing.consultationId } });
}

async function createAndTriage(
  tx: Prisma.TransactionClient,
  actor: UserActor,
  intake: TIntake,
  request: RequestContext,
  idempotencyKey: string | undefined,
  requestHash: string,
): Promise<Consultation> {
  const now = new Date();
  const patient = await tx.patient.findUniqueOrThrow({ where: { id: actor.patientId! } });
  const attachments = intake.attachmentIds.length
    ? await tx.attachment.findMany({ where: { id: { in: intake.attachmentIds }, uploadedById: actor.userId, consultationId: null } })
    : [];
  if (attachments.length !== intake.attachmentIds.length) {
    throw new AppError("VALIDATION_FAILED", "Some attachments were not found or belong to another consultation.", {
      fieldErrors: { attachmentIds: ["Upload the files again"] },
    });
  }
  const triage = triageIntake(intake, patient, now);
  const created = await tx.consultation.create({
    data: {
      reference: makeReference(randomBytes(6)),
      organizationId: actor.organizationId,
      patientId: patient.id,
      consultationType: intake.consultationType,
      chiefComplaint: intake.chiefComplaint,
      intake: intake as object,
      consentRecordedAt: now,
      consentVersion: intake.consent.version,
      consentIp: request.ipAddress ?? null,
      patientLanguagePreference: intake.preferredLanguage,
      translationRequired: intake.preferredLanguage !== "en",
      submittedAt: now,
      createdAt: now,
    },
  });
  if (attachments.length) await tx.attachment.updateMany({ where: { id: { in: attachments.map((a) => a.id) } }, data: { consultationId: created.id } });
  if (idempotencyKey) await tx.idempotencyKey.create({ data: { userId: actor.userId, key: idempotencyKey, requestHash, consultationId: created.id } });
  // The intake updates the record, but an empty list never erases it: an API client that omits the
  // lists (they default to []) must not wipe, say, a warfarin prescription that safety checks rely on.
  // Allergies are cleared only on an explicit "no known allergies".
  await tx.patient.update({
    where: { id: patient.id },
    data: {
      ...(intake.medications.length > 0 && { currentMedications: intake.medications as object[] }),
      ...((intake.allergies.length > 0 || intake.noKnownAllergies) && { allergies: intake.allergies as object[] }),
      languagePreference: intake.preferredLanguage,
      ...(intake.pregnancyStatus && { pregnancyStatus: intake.pregnancyStatus }),
    },
  });
  await tx.consultationStateHistory.create({
    data: { consultationId: created.id, fromStatus: null, toStatus: "pending", changedById: actor.userId, changedByRole: "patient", reason: "Intake submitted", createdAt: now },
  });
  await writeOutboxEvent(tx, "consultation.created", {
    consultationId: created.id, status: "pending", version: created.version, patientId: patient.id,
    organizationId: created.organizationId, consultationType: created.consultationType,
  });
  await recordAuditLog(tx, {
    actor, action: "CREATE", resourceType: "consultation", resourceId: created.id, patientId: patient.id, outcome: "allowed", request,
    metadata: { consentVersion: intake.consent.version, attachments: attachments.length, profileUpdated: [intake.medications.length > 0 && "currentMedications", (intake.allergies.length > 0 || intake.noKnownAllergies) && "allergies", "languagePreference"].filter(Boolean) },
  });

  const fields = triageFields(triage);
  const critical = triage.clinicalRiskLevel === "critical";
  return applyTransition(tx, {
    consultationId: created.id,
    to: critical ? "escalated" : "triaged",
    actor: systemActor("triage"),
    request,
    now,
    patch: fields,
    context: {
      triageResult: triage,
      reason: critical ? `Critical triage: ${triage.reasons.slice(0, 3).join("; ")}` : undefined,
    },
  });
}
