import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getPharmacyConfig } from "../integrations/pharmacy/pharmacy-config";
import { stuckAfterMs } from "./dispatch-pending-prescriptions";
import { pharmacySendOptions } from "./pharmacy-send-options";
import { assertCanApprove } from "./assert-can-approve";

describe("pharmacy-send retry policy", () => {
  it("defaults to 3 attempts with exponential backoff from 10 s", () => {
    const cfg = getPharmacyConfig({});
    expect(pharmacySendOptions(cfg)).toEqual({ retryLimit: 2, retryDelay: 10, retryBackoff: true, expireInSeconds: 75 });
    expect(cfg.sandboxUrl).toBe("http://127.0.0.1:3002");
  });

  it("is configurable, and rejects nonsense", () => {
    const cfg = getPharmacyConfig({ PHARMACY_SEND_MAX_ATTEMPTS: "5", PHARMACY_SEND_RETRY_DELAY_SECONDS: "30", PORT: "4000" });
    expect(pharmacySendOptions(cfg)).toMatchObject({ retryLimit: 4, retryDelay: 30 });
    expect(cfg.sandboxUrl).toBe("http://127.0.0.1:4002");
    expect(() => getPharmacyConfig({ PHARMACY_SEND_MAX_ATTEMPTS: "0" })).toThrow(/PHARMACY_SEND_MAX_ATTEMPTS/);
  });

  it("never treats a prescription waiting for its last backoff as stuck", () => {
    expect(stuckAfterMs(getPharmacyConfig({}))).toBe(10 * 60_000);
    // 8 attempts from 60 s: the last wait can reach 60 × 2^7 s; the threshold follows.
    const slow = getPharmacyConfig({ PHARMACY_SEND_MAX_ATTEMPTS: "8", PHARMACY_SEND_RETRY_DELAY_SECONDS: "60" });
    expect(stuckAfterMs(slow)).toBeGreaterThan(60 * 2 ** 7 * 1000);
  });
});

describe("assertCanApprove", () => {
  const code = (f: () => void) => {
    try {
      f();
      return "ok";
    } catch (e) {
      return (e as AppError).code;
    }
  };
  it("lets the assigned provider approve in review and the peer reviewer in peer review", () => {
    expect(code(() => assertCanApprove("in_review", "assigned"))).toBe("ok");
    expect(code(() => assertCanApprove("requires_peer_review", "peer_reviewer"))).toBe("ok");
    expect(code(() => assertCanApprove("in_review", "peer_reviewer"))).toBe("FORBIDDEN");
    expect(code(() => assertCanApprove("requires_peer_review", "assigned"))).toBe("FORBIDDEN");
    expect(code(() => assertCanApprove("triaged", "organization"))).toBe("INVALID_TRANSITION");
    expect(code(() => assertCanApprove("prescription_pending", "assigned"))).toBe("INVALID_TRANSITION");
  });
});
