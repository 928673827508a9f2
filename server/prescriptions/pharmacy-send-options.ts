import type PgBoss from "pg-boss";
import type { PharmacyConfig } from "../integrations/pharmacy/pharmacy-config";

/** Name of the job that sends one prescription to its pharmacy (payload ZPharmacySendPayload). */
export const PHARMACY_SEND_JOB = "pharmacy-send";

/**
 * Retry policy of "pharmacy-send", set on every job so a configuration change applies at once:
 * PHARMACY_SEND_MAX_ATTEMPTS attempts in total (retryLimit = attempts - 1), exponential backoff
 * from PHARMACY_SEND_RETRY_DELAY_SECONDS (pg-boss: delay × 2^n with jitter), and an expiry a
 * minute past the gateway timeout so a job whose worker died is retried soon.
 */
export function pharmacySendOptions(cfg: PharmacyConfig): PgBoss.SendOptions {
  return {
    retryLimit: cfg.PHARMACY_SEND_MAX_ATTEMPTS - 1,
    retryDelay: cfg.PHARMACY_SEND_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: Math.ceil(cfg.PHARMACY_GATEWAY_TIMEOUT_MS / 1000) + 60,
  };
}
