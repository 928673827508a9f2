/**
 * Structured logs that never carry PHI. Every object logged is deep-walked and
 * values under sensitive keys are replaced by "[REDACTED]". Log ids
 * (requestId, actorId, consultationId), never names, contact details,
 * symptoms, message bodies or tokens. Tested in logger.test.ts.
 */
import pino, { type Logger } from "pino";

/** Keys compared lower-case with "-" and "_" removed, so `x-forwarded-for`, `date_of_birth` and `dateOfBirth` all match. */
const normalizeKey = (k: string) => k.toLowerCase().replace(/[-_]/g, "");

export const SENSITIVE_KEYS = new Set(
  [
    "name", "firstName", "lastName", "fullName", "email", "phone", "address", "dateOfBirth", "dob", "birthDate",
    "ssn", "mrn", "symptoms", "chiefComplaint", "intake", "body", "message", "reply", "patientReply", "notes",
    "assessment", "plan", "clinicalDecisionRationale", "reason", "justification", "allergies", "currentMedications",
    "medications", "vitals", "password", "passwordHash", "token", "accessToken", "refreshToken", "totp", "code",
    "secret", "mfaSecret", "authorization", "cookie", "set-cookie", "ip", "ipAddress", "userAgent", "content",
    "x-forwarded-for", "x-real-ip", "forwarded", "remoteAddress", "query", "search", "q", "text", "description", "details",
  ].map(normalizeKey),
);

/** Fragments that mark a key as PHI or a secret wherever they appear (patientName, homePhone, sessionToken...). */
const SENSITIVE_FRAGMENTS = ["email", "phone", "birth", "address", "password", "token", "secret", "symptom", "complaint", "diagnos", "allerg", "medication"];
/** Keys ending in "name" are people's names unless they name a thing. */
const NON_PERSON_NAMES = new Set(["hostname", "jobname", "queuename", "servicename", "eventname", "typename"]);

function isSensitiveKey(key: string): boolean {
  const k = normalizeKey(key);
  if (SENSITIVE_KEYS.has(k)) return true;
  if (k.endsWith("name") && !NON_PERSON_NAMES.has(k)) return true;
  return SENSITIVE_FRAGMENTS.some((f) => k.includes(f));
}

const MAX_DEPTH = 6;

/** Returns a copy of `value` with sensitive keys masked (cycles and depth bounded). */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_DEPTH) return "[Truncated]";
  if (seen.has(value)) return "[Circular]";
  seen.add(value);
  if (value instanceof Error) {
    // Error messages can embed values (e.g. from a driver): keep type and code only.
    // `errorCode`, not `code`: "code" is a sensitive key (MFA codes) and would hide driver codes like P2002.
    const code = (value as { code?: unknown }).code;
    // The cause chain (wrapped driver or auth errors) is kept, redacted the same way.
    const cause = (value as { cause?: unknown }).cause;
    return {
      type: value.name, errorCode: typeof code === "string" || typeof code === "number" ? code : undefined, stack: stackFrames(value.stack),
      ...(cause !== undefined && { cause: redact(cause, depth + 1, seen) }),
    };
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = isSensitiveKey(k) ? "[REDACTED]" : redact(v, depth + 1, seen);
  }
  return out;
}

/**
 * Only the "    at ..." frames of a stack: the lines before them repeat the message, which for some
 * errors (Prisma's "Invalid invocation") spans several lines and prints the query's arguments.
 */
function stackFrames(stack: string | undefined): string | undefined {
  return stack?.split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 5).join("\n");
}

export function createLogger(destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
      base: { service: process.env.SERVICE_NAME ?? "web" },
      formatters: { log: (obj) => redact(obj) as Record<string, unknown> },
      serializers: { err: (e: unknown) => redact(e), error: (e: unknown) => redact(e) },
      timestamp: pino.stdTimeFunctions.isoTime,
      hooks: {
        // pino copies an Error's message into `msg` when no message is given (`log.error(err)` or
        // `log.error({ err })`), and error messages can embed values (a driver's "(email)=(...)"):
        // give such calls the error's name as their message instead.
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          if (first instanceof Error) return method.apply(this, [{ err: first }, ...(rest.length ? rest : [first.name])] as never);
          const err = first && typeof first === "object" ? (first as { err?: unknown }).err : undefined;
          if (rest.length === 0 && err instanceof Error) return method.apply(this, [first, err.name] as never);
          return method.apply(this, args);
        },
      },
    },
    destination,
  );
}

const globalForLogger = globalThis as unknown as { logger?: Logger };
export const logger: Logger = (globalForLogger.logger ??= createLogger());
