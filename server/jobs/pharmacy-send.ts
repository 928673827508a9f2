/**
 * "pharmacy-send" v1: sends one approved prescription to its pharmacy (payload {prescriptionId}).
 * Idempotency key: Prescription.idempotencyKey, sent with every attempt (the pharmacy returns the
 * same order for it). Retries: PHARMACY_SEND_MAX_ATTEMPTS attempts in total (default 3) with
 * exponential backoff from PHARMACY_SEND_RETRY_DELAY_SECONDS (default 10 s); then the manual
 * queue. Queue policy "short": at most one queued job per prescription (singletonKey).
 * The worker also runs the dispatcher that enqueues these jobs (see dispatch-pending-prescriptions.ts).
 */
import { ZPharmacySendPayload, type TPharmacySendPayload } from "@/lib/schemas/prescriptions";
import { getPharmacyConfig } from "../integrations/pharmacy/pharmacy-config";
import { sendPrescriptionToPharmacy } from "../prescriptions/send-prescription-to-pharmacy";
import { PHARMACY_SEND_JOB, pharmacySendOptions } from "../prescriptions/pharmacy-send-options";
import { startPharmacyDispatcher } from "../prescriptions/start-pharmacy-dispatcher";
import type { JobDefinition } from "./registry";

const cfg = getPharmacyConfig();
const options = pharmacySendOptions(cfg);

export const pharmacySendJob: JobDefinition<TPharmacySendPayload> = {
  name: PHARMACY_SEND_JOB,
  version: 1,
  retryLimit: options.retryLimit!,
  retryDelaySeconds: options.retryDelay!,
  expireInSeconds: options.expireInSeconds,
  policy: "short",
  async run(payload, log) {
    const parsed = ZPharmacySendPayload.safeParse(payload);
    if (!parsed.success) {
      // A malformed payload will not get better on retry.
      log.error({ issues: parsed.error.issues.map((i) => i.path.join(".")) }, "pharmacy-send: invalid payload; dropped");
      return;
    }
    const outcome = await sendPrescriptionToPharmacy(parsed.data.prescriptionId, { log });
    log.info({ prescriptionId: parsed.data.prescriptionId, outcome }, "pharmacy-send finished");
  },
  background: startPharmacyDispatcher,
};
