/** Session lifetimes, enforced on the server (UserSession rows). */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60_000;
/** Prescription approval needs a TOTP verification this recent. */
export const FRESH_MFA_MS = 15 * 60_000;
/** lastActiveAt is written at most this often, to keep reads cheap. */
export const ACTIVITY_WRITE_INTERVAL_MS = 30_000;
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60_000;
