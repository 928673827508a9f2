/**
 * When the sandbox pretends to fail (pure, unit-tested):
 *  - header `X-Sandbox-Fail: <n>`   the first n requests with this idempotency key get 503;
 *  - header `X-Sandbox-Fail: always` every request gets 503 (retries exhausted → manual queue);
 *  - header `X-Sandbox-Fail: reject` 422 REJECTED (a permanent failure, no retry);
 *  - pharmacy NCPDP ID starting "999"  the pharmacy is "offline": always 503 (demo convention);
 *  - PHARMACY_SANDBOX_FAILURE_RATE     random 503s with that probability (0..1).
 * Simulated outages happen before the order is stored, so they never create an order.
 */
export type ForcedFailure = { kind: "none" } | { kind: "first"; n: number } | { kind: "always" } | { kind: "reject" };

export const OFFLINE_NCPDP_PREFIX = "999";

export function parseSandboxFail(header: string | null | undefined): ForcedFailure {
  const v = header?.trim().toLowerCase();
  if (!v) return { kind: "none" };
  if (v === "always") return { kind: "always" };
  if (v === "reject") return { kind: "reject" };
  const n = Number(v);
  return Number.isInteger(n) && n > 0 && n <= 100 ? { kind: "first", n } : { kind: "none" };
}

export interface FailureFacts {
  forced: ForcedFailure;
  /** 1 for the first request with this idempotency key. */
  requestNumber: number;
  ncpdpId: string;
  failureRate: number;
  random: number;
}

export type SimulatedFailure = { status: 503; code: "UNAVAILABLE" | "PHARMACY_OFFLINE" } | { status: 422; code: "REJECTED" };

export function simulatedFailure(f: FailureFacts): SimulatedFailure | null {
  if (f.forced.kind === "reject") return { status: 422, code: "REJECTED" };
  if (f.forced.kind === "always") return { status: 503, code: "UNAVAILABLE" };
  if (f.forced.kind === "first" && f.requestNumber <= f.forced.n) return { status: 503, code: "UNAVAILABLE" };
  if (f.ncpdpId.startsWith(OFFLINE_NCPDP_PREFIX)) return { status: 503, code: "PHARMACY_OFFLINE" };
  if (f.failureRate > 0 && f.random < f.failureRate) return { status: 503, code: "UNAVAILABLE" };
  return null;
}
