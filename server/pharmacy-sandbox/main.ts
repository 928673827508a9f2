/**
 * Process entry of the sandbox pharmacy (scripts/run.ts starts it as "pharmacy").
 *   PHARMACY_SANDBOX_PORT          default PORT+2
 *   PHARMACY_SANDBOX_HOST          default 127.0.0.1 (never exposed beyond the machine by default)
 *   PHARMACY_SANDBOX_FAILURE_RATE  0..1, default 0
 *   PHARMACY_SANDBOX_LATENCY_MS    default 0
 */
import { z } from "zod";
import { logger } from "../logger";
import { getEnv } from "../env";
import { getPharmacyConfig } from "../integrations/pharmacy/pharmacy-config";
import { startPharmacySandbox } from "./start-pharmacy-sandbox";

const ZSandboxEnv = z.object({
  PHARMACY_SANDBOX_HOST: z.string().default("127.0.0.1"),
  PHARMACY_SANDBOX_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  PHARMACY_SANDBOX_LATENCY_MS: z.coerce.number().int().min(0).max(120_000).default(0),
});

async function main() {
  const env = ZSandboxEnv.parse(process.env);
  const cfg = getPharmacyConfig();
  const port = cfg.PHARMACY_SANDBOX_PORT ?? cfg.PORT + 2;
  const sandbox = await startPharmacySandbox({
    port, host: env.PHARMACY_SANDBOX_HOST, databaseUrl: getEnv().DATABASE_URL,
    failureRate: env.PHARMACY_SANDBOX_FAILURE_RATE, latencyMs: env.PHARMACY_SANDBOX_LATENCY_MS, logger,
  });
  logger.info({ url: sandbox.url, failureRate: env.PHARMACY_SANDBOX_FAILURE_RATE, latencyMs: env.PHARMACY_SANDBOX_LATENCY_MS }, "sandbox pharmacy listening");
  const shutdown = async () => {
    await sandbox.close();
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((e) => {
  logger.fatal({ err: e }, "sandbox pharmacy failed to start");
  process.exit(1);
});
