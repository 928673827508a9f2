import { describe, expect, it } from "vitest";
import { isCalendarDay, isEmptyRange, resolveDateRange, startOfZonedDay } from "./date-range";

describe("isCalendarDay", () => {
  it.each([["2026-12-04", true], ["2024-02-29", true], ["2026-02-29", false], ["2026-13-01", false], ["2026-1-4", false], ["2026-12-04T00:00:00Z", false]])(
    "%s → %s",
    (value, expected) => expect(isCalendarDay(value)).toBe(expected),
  );
});

describe("startOfZonedDay", () => {
  it("is local midnight in the organisation's time zone", () => {
    expect(startOfZonedDay("2026-12-04", "America/New_York").toISOString()).toBe("2026-12-04T05:00:00.000Z");
    expect(startOfZonedDay("2026-07-04", "America/New_York").toISOString()).toBe("2026-07-04T04:00:00.000Z");
    expect(startOfZonedDay("2026-12-04", "UTC").toISOString()).toBe("2026-12-04T00:00:00.000Z");
    expect(startOfZonedDay("2026-12-04", "Asia/Kolkata").toISOString()).toBe("2026-12-03T18:30:00.000Z");
  });

  it("handles the days daylight saving time starts and ends", () => {
    expect(startOfZonedDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfZonedDay("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(startOfZonedDay("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(startOfZonedDay("2026-11-02", "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
  });
});

describe("resolveDateRange", () => {
  it("makes a `to` day inclusive of the whole day", () => {
    const r = resolveDateRange("2026-12-04", "2026-12-04", "America/New_York");
    expect(r.from?.toISOString()).toBe("2026-12-04T05:00:00.000Z");
    expect(r.until?.toISOString()).toBe("2026-12-05T05:00:00.000Z");
  });

  it("keeps instants exact (and `to` inclusive)", () => {
    const r = resolveDateRange("2026-12-04T09:30:00Z", "2026-12-04T10:00:00+01:00", "America/New_York");
    expect(r.from?.toISOString()).toBe("2026-12-04T09:30:00.000Z");
    expect(r.until?.toISOString()).toBe("2026-12-04T09:00:00.001Z");
  });

  it("detects an empty range", () => {
    expect(isEmptyRange(resolveDateRange("2026-12-05", "2026-12-04", "UTC"))).toBe(true);
    expect(isEmptyRange(resolveDateRange("2026-12-04", "2026-12-04", "UTC"))).toBe(false);
    expect(isEmptyRange(resolveDateRange(undefined, "2026-12-04", "UTC"))).toBe(false);
  });
});
