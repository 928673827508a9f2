import { describe, expect, it } from "vitest";
import { peerReviewTriggers } from "./peer-review-rules";

const base = { riskLevel: "low" as const, flaggedUnusual: false };

describe("peerReviewTriggers", () => {
  it.each([
    [{ ...base }, []],
    [{ ...base, riskLevel: "moderate" as const }, []],
    [{ ...base, riskLevel: "high" as const }, ["high_risk"]],
    [{ ...base, riskLevel: "critical" as const }, ["high_risk"]],
    [{ ...base, aiConfidence: 0.74 }, ["low_ai_confidence"]],
    [{ ...base, aiConfidence: 0.75 }, []],
    [{ ...base, aiPrimaryCode: "J02.9", providerPrimaryCode: "j029" }, []],
    [{ ...base, aiPrimaryCode: "J02.9", providerPrimaryCode: "J03.90" }, ["ai_deviation"]],
    [{ ...base, aiPrimaryCode: "J02.9", providerPrimaryCode: null }, []],
    [{ ...base, flaggedUnusual: true }, ["unusual_case"]],
    [{ riskLevel: "high" as const, aiConfidence: 0.5, aiPrimaryCode: "A", providerPrimaryCode: "B", flaggedUnusual: true }, ["high_risk", "low_ai_confidence", "ai_deviation", "unusual_case"]],
  ])("%o → %o", (facts, expected) => {
    expect(peerReviewTriggers(facts)).toEqual(expected);
  });
});
