import { describe, it, expect, vi } from "vitest";

// Simulate a defect inside one check: the engine must report it, not pass silently.
vi.mock("./check-interactions", () => ({
  checkInteractions: () => {
    throw new TypeError("boom");
  },
}));

const { checkMedicationSafety } = await import("./check-medication-safety");

describe("fail safe: an exception inside one check", () => {
  it("marks that check incomplete, keeps the others, and requires override", () => {
    const r = checkMedicationSafety({
      proposed: ["ibuprofen"],
      current: ["warfarin"],
      allergies: ["aspirin"],
      patient: { age: 40, weightKg: 70, sex: "male", creatinineClearance: 90 },
    });
    expect(r.checksPerformed).toEqual({ interactions: false, allergies: true, doses: true, duplicates: true });
    expect(r.interactions).toEqual([]);
    expect(r.incompleteChecks).toEqual([
      { check: "interactions", reason: "CHECK_ERROR", message: "The interactions check failed (TypeError) and did not run; review by hand." },
    ]);
    expect(r.warnings[0]).toEqual({
      code: "CHECK_INCOMPLETE",
      message: "The interactions check failed (TypeError) and did not run; review by hand.",
    });
    expect(r.requiresOverride).toBe(true);
    // The allergy check still ran and still blocks on its own finding.
    expect(r.blockingFindingIds).toEqual(["allergy:aspirin:ibuprofen"]);
  });

  it("is never a plain pass even when nothing else was found", () => {
    const r = checkMedicationSafety({ proposed: ["amoxicillin"], current: [], allergies: [], patient: { age: 40, sex: "male", creatinineClearance: 90 } });
    expect([r.blocked, r.requiresOverride, r.checksPerformed.interactions]).toEqual([false, true, false]);
  });
});
