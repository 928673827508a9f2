import { describe, expect, it } from "vitest";
import { parseSandboxFail, simulatedFailure } from "./sandbox-failures";

const base = { forced: { kind: "none" as const }, requestNumber: 1, ncpdpId: "3312345", failureRate: 0, random: 0.5 };

describe("sandbox simulated failures", () => {
  it("parses the X-Sandbox-Fail header", () => {
    expect(parseSandboxFail("2")).toEqual({ kind: "first", n: 2 });
    expect(parseSandboxFail(" Always ")).toEqual({ kind: "always" });
    expect(parseSandboxFail("reject")).toEqual({ kind: "reject" });
    expect(parseSandboxFail("nonsense")).toEqual({ kind: "none" });
    expect(parseSandboxFail(undefined)).toEqual({ kind: "none" });
  });

  it("fails the first n requests for a key, then lets it through", () => {
    const forced = { kind: "first" as const, n: 2 };
    expect(simulatedFailure({ ...base, forced, requestNumber: 1 })).toEqual({ status: 503, code: "UNAVAILABLE" });
    expect(simulatedFailure({ ...base, forced, requestNumber: 2 })).toEqual({ status: 503, code: "UNAVAILABLE" });
    expect(simulatedFailure({ ...base, forced, requestNumber: 3 })).toBeNull();
  });

  it("treats 999… pharmacies as offline, rejects on request, and applies the random failure rate", () => {
    expect(simulatedFailure({ ...base, ncpdpId: "9990001" })).toEqual({ status: 503, code: "PHARMACY_OFFLINE" });
    expect(simulatedFailure({ ...base, forced: { kind: "reject" } })).toEqual({ status: 422, code: "REJECTED" });
    expect(simulatedFailure({ ...base, failureRate: 0.3, random: 0.2 })).toEqual({ status: 503, code: "UNAVAILABLE" });
    expect(simulatedFailure({ ...base, failureRate: 0.3, random: 0.4 })).toBeNull();
  });
});
