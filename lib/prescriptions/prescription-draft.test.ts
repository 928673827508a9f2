import { describe, expect, it } from "vitest";
import { doseMgOf, doseTextOf, draftToCheckEntry, draftToItem, emptyDraft, suggestedQuantity } from "./prescription-draft";

const draft = (over: Partial<ReturnType<typeof emptyDraft>> = {}) => ({ ...emptyDraft(), name: "acetaminophen", nameConfirmed: true, amount: "500", frequency: "q6h" as const, durationDays: "5", quantity: "20", ...over });

describe("prescription draft", () => {
  it("turns a complete draft into an approval item", () => {
    expect(draftToItem(draft())).toEqual({
      ok: true,
      item: { name: "acetaminophen", doseMg: 500, doseText: "500 mg", route: "oral", frequencyPerDay: 4, frequencyText: "every 6 hours", durationDays: 5, quantity: 20, refills: 0 },
    });
  });

  it("says how to fix each missing field", () => {
    const r = draftToItem(draft({ name: "", amount: "", quantity: "" }));
    expect(r).toEqual({ ok: false, errors: { name: "Choose a medication", amount: "Enter the dose, for example 500", quantity: "Enter the quantity to dispense, from 1 to 1000" } });
  });

  it("converts mass units to mg, and leaves counted units unchecked", () => {
    expect(doseMgOf(draft({ amount: "250", unit: "mcg" }))).toBe(0.25);
    expect(doseMgOf(draft({ amount: "1", unit: "g" }))).toBe(1000);
    expect(doseMgOf(draft({ amount: "2", unit: "tablet" }))).toBeUndefined();
    expect(doseTextOf(draft({ amount: "2", unit: "tablet" }))).toBe("2 tablets");
    expect(doseTextOf(draft({ amount: "1", unit: "puff" }))).toBe("1 puff");
  });

  it("suggests a quantity for the course", () => {
    expect(suggestedQuantity(draft({ amount: "2", unit: "tablet", frequency: "2d", durationDays: "7" }))).toBe(28);
    expect(suggestedQuantity(draft({ frequency: "3d", durationDays: "5" }))).toBe(15);
    expect(suggestedQuantity(draft({ durationDays: "" }))).toBeUndefined();
  });

  it("feeds the live check only once a drug is named and confirmed (picked or left), not while typing", () => {
    expect(draftToCheckEntry(draft({ name: " " }))).toBeNull();
    expect(draftToCheckEntry(draft({ name: "ibupro", nameConfirmed: false }))).toBeNull();
    expect(draftToCheckEntry(draft())).toEqual({ name: "acetaminophen", route: "oral", frequencyPerDay: 4, doseMg: 500, durationDays: 5 });
  });
});
