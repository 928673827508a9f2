/**
 * Rate-limit budgets (fixed windows, counted in PostgreSQL so every app
 * instance shares them). Signed-in users are limited per user, never by IP
 * alone: a whole clinic often shares one IP.
 */
export interface RateLimitRule {
  /** Counter namespace; the subject (ip, user id) is appended. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export const RATE_LIMITS = {
  /** Anonymous traffic per IP (the seed review's default). */
  anonymous: { name: "anon-ip", limit: 100, windowSeconds: 15 * 60 },
  /** Sign-in and sign-up attempts per IP. */
  signIn: { name: "signin-ip", limit: 100, windowSeconds: 15 * 60 },
  /**
   * Signed-in API budget per user: a live dashboard polling every 5 s uses
   * ~180 requests per 15 minutes; 1,500 leaves room for several tabs and
   * heavy clicking through a full working day.
   */
  user: { name: "user", limit: 1500, windowSeconds: 15 * 60 },
  /** Prescription approvals per provider. */
  prescriptionApproval: { name: "rx-approve", limit: 10, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitRule>;

/** Start of the fixed window containing `now`. */
export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Seconds until the window containing `now` ends (at least 1). */
export function retryAfterSeconds(now: Date, windowSeconds: number): number {
  const end = windowStart(now, windowSeconds).getTime() + windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}
