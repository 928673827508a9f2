import { describe, expect, it } from "vitest";
import { isWithinEditDistance } from "./is-within-edit-distance";
import { normalizeToken, tokenizeText } from "./tokenize-text";

describe("tokenizeText", () => {
  it("keeps offsets, clauses and commas", () => {
    const tokens = tokenizeText("No fever, 100.4F. Can’t sleep");
    expect(tokens.map((t) => [t.raw, t.norm, t.start, t.end, t.clause, t.commaBefore])).toEqual([
      ["No", "no", 0, 2, 0, false],
      ["fever", "fever", 3, 8, 0, false],
      ["100.4", "100.4", 10, 15, 0, true],
      ["F", "f", 15, 16, 0, false],
      ["Can’t", "can't", 18, 23, 1, false],
      ["sleep", "sleep", 24, 29, 1, false],
    ]);
  });

  it("marks checklist answers after ?, : or a spaced dash", () => {
    expect(tokenizeText("Pain? no. Fever: no - yes-ish").map((t) => t.answerBefore)).toEqual([
      false, true, false, true, true, false,
    ]);
  });

  it("starts a new clause at ; ! ? and newlines", () => {
    expect(tokenizeText("a; b! c? d\ne").map((t) => t.clause)).toEqual([0, 1, 2, 3, 4]);
  });

  it.each([
    ["cant", "can't"], ["cannot", "can't"], ["DONT", "don't"], ["wont", "won't"], ["im", "i'm"], ["Pian", "pian"],
  ])("normalizeToken(%s) = %s", (raw, norm) => {
    expect(normalizeToken(raw)).toBe(norm);
  });

  it("applies spelling variants", () => {
    expect(normalizeToken("pian", new Map([["pian", "pain"]]))).toBe("pain");
  });
});

describe("isWithinEditDistance (optimal string alignment)", () => {
  it.each([
    ["breath", "breath", 0, true],
    ["breth", "breath", 1, true],
    ["breaht", "breath", 1, true],
    ["pian", "pain", 1, true],
    ["seizur", "seizure", 1, true],
    ["sezure", "seizure", 1, true],
    ["cooking", "choking", 1, true],
    ["brething", "breathing", 1, true],
    ["bretihng", "breathing", 1, false],
    ["bretihng", "breathing", 2, true],
    ["chest", "chess", 0, false],
    ["abc", "abcdef", 2, false],
    ["", "ab", 2, true],
  ] as const)("%s ~ %s within %d: %s", (a, b, max, expected) => {
    expect(isWithinEditDistance(a, b, max)).toBe(expected);
    expect(isWithinEditDistance(b, a, max)).toBe(expected);
  });
});
