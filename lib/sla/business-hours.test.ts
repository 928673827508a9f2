import { describe, expect, it } from "vitest";
import { addBusinessMinutes, zonedTimeToUtc } from "./business-hours";

const NY = { timeZone: "America/New_York", days: [1, 2, 3, 4, 5], start: "08:00", end: "18:00" };

describe("addBusinessMinutes (America/New_York, Mon-Fri 08:00-18:00)", () => {
  it.each([
    ["inside the window", "2026-12-02T14:00:00Z", 60, "2026-12-02T15:00:00Z"], // Wed 09:00 EST + 1 h
    ["before opening starts at 08:00", "2026-12-02T11:00:00Z", 30, "2026-12-02T13:30:00Z"], // Wed 06:00 → 08:30
    ["runs over closing into the next day", "2026-12-02T22:30:00Z", 120, "2026-12-03T14:30:00Z"], // Wed 17:30 + 2 h → Thu 09:30
    ["skips the weekend", "2026-12-04T22:00:00Z", 480, "2026-12-07T20:00:00Z"], // Fri 17:00 + 8 h → Mon 15:00
    ["urgent 30 min on a Saturday waits for Monday", "2026-12-05T15:00:00Z", 30, "2026-12-07T13:30:00Z"],
  ])("%s", (_name, start, minutes, expected) => {
    expect(addBusinessMinutes(new Date(start), minutes, NY).toISOString()).toBe(new Date(expected).toISOString());
  });

  it("handles the DST change (local 08:00 is 12:00 UTC in summer)", () => {
    expect(zonedTimeToUtc(2026, 7, 1, 8, 0, "America/New_York").toISOString()).toBe("2026-07-01T12:00:00.000Z");
    expect(zonedTimeToUtc(2026, 12, 1, 8, 0, "America/New_York").toISOString()).toBe("2026-12-01T13:00:00.000Z");
  });
});
