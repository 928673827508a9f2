/**
 * Pharmacy integration settings, validated once with zod (read lazily, like server/env.ts).
 * Retry policy: PHARMACY_SEND_MAX_ATTEMPTS attempts in total (default 3), the first retry
 * after ~PHARMACY_SEND_RETRY_DELAY_SECONDS, doubling each time with jitter (pg-boss
 * retryBackoff). After the last attempt fails the prescription goes to the pharmacist's
 * manual queue; nothing is retried forever.
 */
import { z } from "zod";

const ZPharmacyEnv = z.object({
  PORT: z.coerce.number().int().default(3000),
  /** Where the built-in sandbox pharmacy listens (started by scripts/run.ts as process "pharmacy"). */
  PHARMACY_SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** URL the app uses to reach the sandbox; default http://127.0.0.1:$PHARMACY_SANDBOX_PORT. */
  PHARMACY_SANDBOX_URL: z.string().url().optional(),
  PHARMACY_SEND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  PHARMACY_SEND_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /** One HTTP call to a gateway gives up after this long (then it is a retryable failure). */
  PHARMACY_GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /** Patients are told a manual-queue prescription should be resolved within this many hours. */
  PHARMACY_MANUAL_RESOLUTION_HOURS: z.coerce.number().min(0.25).max(72).default(4),
  /** How often the worker's dispatcher looks for approved prescriptions without a job. */
  PHARMACY_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
  /** A prescription left "sending" this long (worker died) is handed to a new job. */
  PHARMACY_STUCK_AFTER_MINUTES: z.coerce.number().min(0.05).max(1440).default(10),
});

export type PharmacyConfig = z.infer<typeof ZPharmacyEnv> & { sandboxUrl: string };

/** Current settings (re-read each call: cheap, and tests change env between cases). */
export function getPharmacyConfig(env: Record<string, string | undefined> = process.env): PharmacyConfig {
  const parsed = ZPharmacyEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid pharmacy configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  const c = parsed.data;
  const port = c.PHARMACY_SANDBOX_PORT ?? c.PORT + 2;
  return { ...c, sandboxUrl: c.PHARMACY_SANDBOX_URL ?? `http://127.0.0.1:${port}` };
}
