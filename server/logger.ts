/**
 * Structured logs that never carry PHI. Every object logged is deep-walked and
 * values under sensitive keys are replaced by "[REDACTED]". Log ids
 * (requestId, actorId, consultationId), never names, contact details,
 * symptoms, message bodies or tokens. Tested in logger.test.ts.
 */
import pino, { type Logger } from "pino";

export const SENSITIVE_KEYS = new Set(
  [
    "name", "firstName", "lastName", "fullName", "email", "phone", "address", "dateOfBirth", "dob", "birthDate",
    "ssn", "mrn", "symptoms", "chiefComplaint", "intake", "body", "message", "reply", "patientReply", "notes",
    "assessment", "plan", "clinicalDecisionRationale", "reason", "justification", "allergies", "currentMedications",
    "medications", "vitals", "password", "passwordHash", "token", "accessToken", "refreshToken", "totp", "code",
    "secret", "mfaSecret", "authorization", "cookie", "set-cookie", "ip", "ipAddress", "userAgent", "content",
  ].map((k) => k.toLowerCase()),
);

const MAX_DEPTH = 6;

/** Returns a copy of `value` with sensitive keys masked (cycles and depth bounded). */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_DEPTH) return "[Truncated]";
  if (seen.has(value)) return "[Circular]";
  seen.add(value);
  if (value instanceof Error) {
    // Error messages can embed values (e.g. from a driver): keep type and code only.
    const code = (value as { code?: unknown }).code;
    return { type: value.name, code, stack: value.stack?.split("\n").slice(1, 6).join("\n") };
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = SENSITIVE_KEYS.has(k.toLowerCase()) ? "[REDACTED]" : redact(v, depth + 1, seen);
  }
  return out;
}

export function createLogger(destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
      base: { service: process.env.SERVICE_NAME ?? "web" },
      formatters: { log: (obj) => redact(obj) as Record<string, unknown> },
      serializers: { err: (e: unknown) => redact(e), error: (e: unknown) => redact(e) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

const globalForLogger = globalThis as unknown as { logger?: Logger };
export const logger: Logger = (globalForLogger.logger ??= createLogger());
