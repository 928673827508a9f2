/**
 * One attempt of the "pharmacy-send" job for one prescription. Every step is idempotent:
 *  1. under a per-prescription lock (a concurrent run answers "busy" and does nothing);
 *  2. skip unless the prescription is still "approved"/"sending" (a retry after success is a no-op);
 *  3. the configuration decides if it may go electronically at all (BAA, enabled, EPCS); if not,
 *     straight to the manual queue - nothing is sent;
 *  4. claim: status "sending", attempts + 1, committed BEFORE the call, so a worker that dies
 *     mid-call leaves a visible "sending" row that the dispatcher hands to a new job;
 *  5. send the NewRx with the prescription's idempotencyKey - the same on every attempt, so the
 *     pharmacy returns the same order id instead of creating a second order;
 *  6. success → "sent" (+ consultation → prescription_sent when all are delivered);
 *     a permanent failure, or a retryable one on the last attempt → manual queue;
 *     otherwise throw PharmacyRetryableError and pg-boss retries with exponential backoff.
 */
import type { Logger } from "pino";
import { buildNewRxMessage } from "@/lib/prescriptions/build-new-rx-message";
import { controlledScheduleOf, type DeaSchedule } from "@/lib/prescriptions/controlled-substances";
import { DELIVERED_STATUSES } from "@/lib/prescriptions/prescription-status";
import { db } from "../db/prisma";
import { getPharmacyConfig } from "../integrations/pharmacy/pharmacy-config";
import { resolvePharmacyGateway, type GatewayRoute, type RouteRequest } from "../integrations/pharmacy/resolve-pharmacy-gateway";
import { advanceConsultationIfDelivered } from "./advance-consultation-if-delivered";
import { loadSendFacts, type SendFacts } from "./load-send-facts";
import { markPrescriptionSent } from "./mark-prescription-sent";
import { movePrescriptionToManualQueue } from "./move-prescription-to-manual-queue";
import { withPrescriptionLock } from "./with-prescription-lock";

export type SendOutcome = "sent" | "manual" | "skipped" | "busy";

/** Thrown for a retryable failure that is not the last attempt: pg-boss retries the job. */
export class PharmacyRetryableError extends Error {
  constructor(readonly code: string, readonly attempt: number) {
    super(`pharmacy send attempt ${attempt} failed (${code}); will retry`);
    this.name = "PharmacyRetryableError";
  }
}

export interface SendDeps {
  resolveGateway?: (req: RouteRequest) => Promise<GatewayRoute>;
  log?: Logger;
  now?: () => Date;
  /** Sender id in the NewRx header. */
  sender?: string;
}

/**
 * Runs without a pg-boss retry counter on purpose: Prescription.attempts is the source of
 * truth, so re-enqueued jobs (dispatcher, Resend) and pg-boss retries share one budget.
 * Unexpected errors (database down, a crash) are thrown as-is and retried by pg-boss; after
 * PHARMACY_SEND_MAX_ATTEMPTS + 2 claims without an answer the prescription goes to the
 * pharmacist rather than looping.
 */
export async function sendPrescriptionToPharmacy(prescriptionId: string, deps: SendDeps = {}): Promise<SendOutcome> {
  const cfg = getPharmacyConfig();
  return withPrescriptionLock(prescriptionId, cfg.PHARMACY_GATEWAY_TIMEOUT_MS + 30_000, () => attempt(prescriptionId, cfg.PHARMACY_SEND_MAX_ATTEMPTS, deps));
}

async function attempt(prescriptionId: string, maxAttempts: number, deps: SendDeps): Promise<SendOutcome> {
  const now = deps.now ?? (() => new Date());
  const log = deps.log;
  const facts = await loadSendFacts(prescriptionId);
  if (!facts) {
    log?.warn({ prescriptionId }, "pharmacy send: prescription not found");
    return "skipped";
  }
  const { rx } = facts;
  if (rx.status !== "approved" && rx.status !== "sending") {
    // Delivered earlier (maybe by a run that crashed before advancing the consultation): finish that step.
    if ((DELIVERED_STATUSES as readonly string[]).includes(rx.status)) await advanceConsultationIfDelivered(rx.consultationId, now());
    return "skipped";
  }
  const toManual = async (code: string, text: string) => {
    await movePrescriptionToManualQueue(facts, { code, text }, now());
    log?.warn({ prescriptionId, consultationId: rx.consultationId, errorCode: code, attempts: rx.attempts }, "prescription moved to the manual queue");
    return "manual" as const;
  };
  if (!rx.pharmacy) return toManual("NO_PHARMACY", "No pharmacy was chosen for this prescription.");
  if (!facts.prescriber?.provider) return toManual("NO_PRESCRIBER", "The prescriber's licence details are missing.");
  const deaSchedule: DeaSchedule | null = rx.controlledSubstance ? (controlledScheduleOf(rx.displayName) ?? "CII") : null;
  const route = await (deps.resolveGateway ?? resolvePharmacyGateway)({ gatewayKey: rx.pharmacy.gatewayKey, deaSchedule });
  if (!route.ok) return toManual(route.code, route.reason);
  if (rx.attempts >= maxAttempts + 2) return toManual("NO_ANSWER", `No answer could be recorded after ${rx.attempts} attempts.`);

  const claimed = await db.prescription.update({ where: { id: rx.id }, data: { status: "sending", attempts: { increment: 1 } }, select: { attempts: true } });
  const result = await route.gateway.sendNewRx(newRx(facts, deaSchedule, now(), deps.sender), { idempotencyKey: rx.idempotencyKey });
  if (result.ok) {
    await markPrescriptionSent({ id: rx.id, consultationId: rx.consultationId, patientId: rx.consultation.patientId }, result.orderId, now());
    await advanceConsultationIfDelivered(rx.consultationId, now());
    log?.info({ prescriptionId, consultationId: rx.consultationId, orderId: result.orderId, duplicate: result.duplicate, attempt: claimed.attempts }, "prescription sent");
    return "sent";
  }
  await db.prescription.update({ where: { id: rx.id }, data: { lastError: `${result.code}: ${result.message}`.slice(0, 500) } });
  if (!result.retryable) return toManual(result.code, `The pharmacy refused the order (${result.message}).`);
  if (claimed.attempts >= maxAttempts) return toManual(result.code, `Not accepted after ${claimed.attempts} attempts (${result.message}).`);
  log?.warn({ prescriptionId, errorCode: result.code, attempt: claimed.attempts, maxAttempts }, "pharmacy send failed; retrying");
  throw new PharmacyRetryableError(result.code, claimed.attempts);
}

function newRx(f: SendFacts, deaSchedule: DeaSchedule | null, now: Date, sender = "async-visits") {
  const { rx } = f;
  const p = rx.consultation.patient;
  return buildNewRxMessage({
    prescription: { ...rx, deaSchedule },
    patient: { name: p.user.name, dateOfBirth: p.dateOfBirth, sex: p.sex, stateOfResidence: p.stateOfResidence, phone: p.phone, allergies: p.allergies },
    prescriber: { name: f.prescriber!.name, licenseNumber: f.prescriber!.provider!.licenseNumber, credential: f.prescriber!.provider!.credential },
    pharmacy: { ncpdpId: rx.pharmacy!.ncpdpId, name: rx.pharmacy!.name },
    sender,
    now,
  });
}
