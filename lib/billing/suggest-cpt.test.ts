import { describe, expect, it } from "vitest";
import { documentationCompleteness, suggestCpt } from "./suggest-cpt";

describe("suggestCpt", () => {
  it.each([
    [4 * 60, "MD", null],
    [5 * 60, "MD", "99421"],
    [10 * 60, "DO", "99421"],
    [11 * 60, "MD", "99422"],
    [20 * 60, "MD", "99422"],
    [21 * 60, "MD", "99423"],
    [7 * 60, "NP", "98970"],
    [15 * 60, "PA", "98971"],
    [45 * 60, "np", "98972"],
  ])("%i s by %s → %s", (seconds, credential, code) => {
    expect(suggestCpt(seconds, credential).code).toBe(code);
  });
});

describe("documentationCompleteness", () => {
  it("counts filled required fields", () => {
    expect(documentationCompleteness({})).toBe(0);
    expect(documentationCompleteness({ assessment: "x", plan: " ", differentialDiagnosis: [] })).toBe(0.17);
    expect(
      documentationCompleteness({ assessment: "a", differentialDiagnosis: [{}], primaryDiagnosisCode: "J02.9", clinicalDecisionRationale: "r", plan: "p", careInstructions: "c" }),
    ).toBe(1);
  });
});
