import { describe, expect, it } from "vitest";
import { checkMedicationSafety } from "../medication-safety";
import { ZMedicationSafetyCheckInput } from "../schemas/medication-safety";
import { ageInYears, allergyEntries, buildSafetyCheckInput, medicationEntries, parseFrequencyPerDay, pregnancyFlag } from "./build-safety-check-input";

const NOW = new Date("2026-12-05T12:00:00Z");
const BOB = {
  dateOfBirth: new Date("1958-09-02"), sex: "male", weightKg: 82, pregnancyStatus: "not_applicable", serumCreatinine: null,
  allergies: [{ substance: "penicillin", reaction: "hives", type: "allergy" }],
  currentMedications: [{ name: "warfarin", doseMg: 5, frequencyPerDay: 1 }],
};
const ITEM = { name: "ibuprofen", doseMg: 400, doseText: "400 mg", frequencyPerDay: 3, frequencyText: "tds", quantity: 15, refills: 0 };

describe("buildSafetyCheckInput", () => {
  it("computes age from the date of birth (whole years; fractional under 2)", () => {
    expect(ageInYears(new Date("1958-09-02"), NOW)).toBe(68);
    expect(ageInYears(new Date("1958-12-06"), NOW)).toBe(67);
    expect(ageInYears(new Date("2026-06-05"), NOW)).toBeCloseTo(0.5, 1);
    expect(ageInYears(new Date("2025-06-05"), NOW)).toBeCloseTo(1.5, 1);
  });

  it.each([["pregnant", true], ["not_pregnant", false], ["not_applicable", false], ["unknown", undefined]])("pregnancy %s → %s", (s, v) => {
    expect(pregnancyFlag(s)).toBe(v);
  });

  it("builds a valid engine input from the stored record plus active prescriptions", () => {
    const input = buildSafetyCheckInput(BOB, [ITEM], [{ medicationName: "amoxicillin", doseMg: 500, frequencyPerDay: 3, route: "oral" }], NOW);
    expect(ZMedicationSafetyCheckInput.parse(input)).toEqual(input);
    expect(input.patient).toEqual({ age: 68, weightKg: 82, sex: "male", pregnant: false });
    expect(input.current).toEqual([{ name: "warfarin", doseMg: 5, frequencyPerDay: 1 }, { name: "amoxicillin", doseMg: 500, frequencyPerDay: 3, route: "oral" }]);
    expect(input.proposed).toEqual([{ name: "ibuprofen", doseMg: 400, frequencyPerDay: 3 }]);
    expect(checkMedicationSafety(input).interactions.map((i) => i.id)).toContain("ddi:warfarin+ibuprofen");
  });

  it("fails safe on malformed JSON entries: they become free text the engine cannot recognise, never dropped", () => {
    expect(allergyEntries([{ substance: "sulfa", extra: 1, type: "allergy" }, { weird: true }, 42])).toEqual([{ substance: "sulfa", type: "allergy" }, '{"weird":true}', "42"]);
    expect(medicationEntries([{ name: "warfarin", doseMg: "five" }, "metformin"])).toEqual(["warfarin", "metformin"]);
    expect(allergyEntries("not a list")).toEqual([]);
    const r = checkMedicationSafety(buildSafetyCheckInput({ ...BOB, allergies: [{ weird: true }] }, [ITEM], [], NOW));
    expect(r.requiresOverride).toBe(true);
  });

  it("reads the intake's patient-reported doses and frequencies", () => {
    expect(medicationEntries([{ name: "warfarin", dose: "5 mg", frequency: "once a day" }, { name: "inhaler", dose: "2 puffs", frequency: "when needed" }])).toEqual([
      { name: "warfarin", doseMg: 5, frequencyPerDay: 1 }, { name: "inhaler" },
    ]);
    expect(parseFrequencyPerDay("Every 8 hours")).toBe(3);
    expect(parseFrequencyPerDay("twice per day")).toBe(2);
  });
});
