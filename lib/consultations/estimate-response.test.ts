import { describe, expect, it } from "vitest";
import { estimateResponse } from "./estimate-response";

const now = new Date("2026-12-04T12:00:00Z");
const due = new Date("2026-12-04T20:00:00Z");

describe("estimateResponse", () => {
  it.each([
    [1, 4, "2026-12-04T12:15:00.000Z", "queue"],
    [6, 3, "2026-12-04T14:00:00.000Z", "queue"],
    [2, 0, "2026-12-04T16:00:00.000Z", "queue"],
    [40, 2, "2026-12-04T20:00:00.000Z", "sla"],
  ])("position %i at %i/h → %s (%s)", (pos, perHour, expected, basis) => {
    const r = estimateResponse({ now, slaDueAt: due, queuePosition: pos, takenPerHour: perHour });
    expect(r.expectedAt?.toISOString()).toBe(expected);
    expect(r.basis).toBe(basis);
  });

  it("uses the SLA deadline once the case is no longer waiting", () => {
    expect(estimateResponse({ now, slaDueAt: due, queuePosition: null, takenPerHour: 5 })).toEqual({ expectedAt: due, basis: "sla" });
  });
});
