import { describe, expect, it } from "vitest";
import { nextPosition, pageNumber, previousPosition, withPosition } from "./cursor-trail";

describe("cursor trail", () => {
  it("walks forward and back to the first page", () => {
    const p1 = {};
    const p2 = nextPosition(p1, "c2");
    const p3 = nextPosition(p2, "c3");
    expect(p2).toEqual({ cursor: "c2", trail: "-" });
    expect(p3).toEqual({ cursor: "c3", trail: "-,c2" });
    expect([pageNumber(p1), pageNumber(p2), pageNumber(p3)]).toEqual([1, 2, 3]);
    expect(previousPosition(p3)).toEqual({ cursor: "c2", trail: "-" });
    expect(previousPosition(p2)).toEqual({});
    expect(previousPosition(p1)).toBeNull();
  });

  it("survives a hand-edited URL (cursor without trail)", () => {
    expect(previousPosition({ cursor: "c9" })).toEqual({});
    expect(pageNumber({ cursor: "c9" })).toBeNull();
  });

  it("builds query strings without empty values", () => {
    expect(withPosition({ patientId: "p1", action: undefined, from: "" }, { cursor: "c2", trail: "-" })).toBe("?patientId=p1&cursor=c2&trail=-");
    expect(withPosition({}, {})).toBe("");
  });
});
