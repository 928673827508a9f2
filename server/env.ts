/**
 * Environment, validated once with zod. Read lazily so that `next build` and
 * pure tests can import server modules without a configured environment.
 */
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  /** Optional read replica for heavy read-only queries (metrics, audit search). */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  /** 32-byte hex key for AES-256-GCM (MFA secrets, attachments, audit diffs). */
  APP_ENCRYPTION_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, "APP_ENCRYPTION_KEY must be 64 hex characters"),
  PORT: z.coerce.number().int().default(3000),
  REALTIME_PORT: z.coerce.number().int().optional(),
  /** Public URL of the Socket.IO sidecar as the browser reaches it. */
  REALTIME_PUBLIC_URL: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Upload storage, outside the web root. */
  STORAGE_DIR: z.string().default(".data/storage"),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
});

export type Env = z.infer<typeof ZEnv>;
let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = ZEnv.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new Error(`Invalid environment:\n${lines}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function realtimePort(env = getEnv()): number {
  return env.REALTIME_PORT ?? env.PORT + 1;
}

export function realtimePublicUrl(env = getEnv()): string {
  return env.REALTIME_PUBLIC_URL ?? `http://localhost:${realtimePort(env)}`;
}
