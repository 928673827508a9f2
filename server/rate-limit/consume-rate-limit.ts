/**
 * Counts one request against a budget in PostgreSQL (one upsert, atomic under
 * concurrency, shared by every app instance) and throws 429 RATE_LIMITED with
 * Retry-After when the budget for the current window is spent.
 */
import { AppError } from "@/lib/errors";
import { retryAfterSeconds, windowStart, type RateLimitRule } from "@/lib/auth/rate-limits";
import { db, type DbOrTx } from "../db/prisma";

export interface RateLimitState {
  count: number;
  remaining: number;
  retryAfterSeconds: number;
}

export async function consumeRateLimit(rule: RateLimitRule, subject: string, now = new Date(), client: DbOrTx = db): Promise<RateLimitState> {
  rule = withEnvOverride(rule);
  const start = windowStart(now, rule.windowSeconds);
  const key = `${rule.name}:${subject}`;
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]!.count);
  const state = { count, remaining: Math.max(0, rule.limit - count), retryAfterSeconds: retryAfterSeconds(now, rule.windowSeconds) };
  if (count > rule.limit) {
    throw new AppError("RATE_LIMITED", `Too many requests. Try again in ${formatWait(state.retryAfterSeconds)}.`, {
      limit: rule.limit, windowSeconds: rule.windowSeconds, retryAfterSeconds: state.retryAfterSeconds,
    });
  }
  return state;
}

function formatWait(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/** Deletes windows that ended more than a day ago (run by the worker). */
export async function pruneRateLimitBuckets(now = new Date()): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 86_400_000) } } });
  return count;
}

/** RATE_LIMIT_<NAME> (e.g. RATE_LIMIT_SIGNIN_IP=500) overrides a budget's limit, for load tests and special deployments. */
function withEnvOverride(rule: RateLimitRule): RateLimitRule {
  const raw = process.env[`RATE_LIMIT_${rule.name.toUpperCase().replace(/-/g, "_")}`];
  const limit = raw ? Number(raw) : NaN;
  return Number.isInteger(limit) && limit > 0 ? { ...rule, limit } : rule;
}
