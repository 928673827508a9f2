import { describe, expect, it } from "vitest";
import { EDUCATION, selectEducation } from "./library";

describe("education library", () => {
  it("has both languages and sources for every entry", () => {
    for (const e of EDUCATION) {
      expect(e.en.title && e.en.body && e.es.title && e.es.body, e.key).toBeTruthy();
      expect(e.sources.length, e.key).toBeGreaterThan(0);
    }
  });

  it.each([
    ["J02.9", [], ["sore-throat"]],
    ["j01.90", ["Amoxicillin 500 mg"], ["sinusitis", "amoxicillin"]],
    ["N39.0", [], ["uti"]],
    ["Z00.00", ["warfarin"], ["warfarin-safety"]],
    [null, [], []],
  ])("%s + %o → %o", (code, drugs, keys) => {
    expect(selectEducation(code, drugs as string[])).toEqual(keys);
  });
});
