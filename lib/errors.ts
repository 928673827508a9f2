/**
 * Expected failures are values with a closed set of codes and one HTTP map.
 * The API answers `{ error: { code, message, details } }`; server actions
 * answer `{ ok: false, code, message, fieldErrors? }`.
 */
export const APP_ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  MFA_REQUIRED: 403,
  CAPABILITY_MISMATCH: 403,
  NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  GUARD_FAILED: 422,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  DAILY_LIMIT_REACHED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, details: this.details ?? {} } };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Field-level details from a zod error, keyed by dotted path ("vitals.heartRate"). */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_root";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
