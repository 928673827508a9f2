import { describe, expect, it } from "vitest";
import { careLevel, type CareFacts } from "./care-level";
import { buildTimeline } from "./build-timeline";

const base: CareFacts = { status: "triaged", urgency: "routine", clinicalRiskLevel: "low", requiresSynchronousVisit: false };

describe("careLevel (NHS three levels)", () => {
  it.each<[Partial<CareFacts>, string | null]>([
    [{}, "routine"],
    [{ urgency: "medium", clinicalRiskLevel: "moderate" }, "routine"],
    [{ urgency: "high", clinicalRiskLevel: "high", requiresSynchronousVisit: true }, "urgent"],
    [{ urgency: "urgent" }, "urgent"],
    [{ status: "escalated", urgency: "urgent", clinicalRiskLevel: "critical", requiresSynchronousVisit: true }, "emergency"],
    [{ status: "escalated", urgency: "high", clinicalRiskLevel: "high" }, "emergency"],
    [{ status: "assigned", clinicalRiskLevel: "critical" }, "emergency"],
    [{ status: "pending" }, null],
    [{ status: "completed", clinicalRiskLevel: "critical" }, null],
    [{ status: "cancelled" }, null],
  ])("%o → %s", (facts, expected) => {
    expect(careLevel({ ...base, ...facts })).toBe(expected);
  });
});

describe("buildTimeline", () => {
  const at = (m: number) => new Date(Date.UTC(2026, 11, 5, 10, m)).toISOString();

  it("shows what happened, the current step, and the usual steps to come", () => {
    const t = buildTimeline([{ toStatus: "pending", createdAt: at(0) }, { toStatus: "triaged", createdAt: at(1) }], "triaged");
    expect(t.map((s) => `${s.status}:${s.state}`)).toEqual(["pending:done", "triaged:current", "assigned:upcoming", "in_review:upcoming", "completed:upcoming"]);
    expect(t[0]!.at).toBe(at(0));
  });

  it("shows side trips as they happen and only completion after them", () => {
    const h = ["pending", "triaged", "assigned", "in_review", "requires_info"].map((s, i) => ({ toStatus: s as never, createdAt: at(i) }));
    expect(buildTimeline(h, "requires_info").map((s) => s.status)).toEqual(["pending", "triaged", "assigned", "in_review", "requires_info", "completed"]);
  });

  it("promises nothing after an escalation, a cancellation or completion", () => {
    const h = [{ toStatus: "pending" as const, createdAt: at(0) }, { toStatus: "escalated" as const, createdAt: at(1) }];
    expect(buildTimeline(h, "escalated").map((s) => s.state)).toEqual(["done", "current"]);
  });

  it("adds the current status when the history lags behind it", () => {
    expect(buildTimeline([{ toStatus: "pending", createdAt: at(0) }], "triaged").slice(0, 2)).toEqual([
      { status: "pending", at: at(0), state: "done" },
      { status: "triaged", at: null, state: "current" },
    ]);
  });
});
