import { describe, it, expect } from "vitest";
import { ZMedicationSafetyCheckInput } from "../schemas/medication-safety";

const valid = {
  proposed: ["amoxicillin 500 mg", { name: "ibuprofen", doseMg: 400, frequencyPerDay: 3, route: "oral", durationDays: 5 }],
  current: ["Coumadin"],
  allergies: ["PCN (hives)", { substance: "codeine", reaction: "nausea", type: "intolerance" }],
  patient: { age: 34, weightKg: 70, sex: "female", creatinineClearance: 95, serumCreatinine: 0.8, pregnant: false },
};

const withPatient = (patient: Record<string, unknown>) => ({ ...valid, patient: { ...valid.patient, ...patient } });

describe("ZMedicationSafetyCheckInput", () => {
  it("accepts a full valid input and trims names", () => {
    const parsed = ZMedicationSafetyCheckInput.parse({ ...valid, proposed: ["  amoxicillin  "] });
    expect(parsed.proposed).toEqual(["amoxicillin"]);
    expect(ZMedicationSafetyCheckInput.safeParse(valid).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ["unknown top-level key", { ...valid, extra: 1 }],
    ["unknown patient key", withPatient({ name: "Jane" })],
    ["unknown medication key", { ...valid, proposed: [{ name: "ibuprofen", dose: 400 }] }],
    ["unknown allergy key", { ...valid, allergies: [{ substance: "pcn", severity: "high" }] }],
    ["no proposed drug", { ...valid, proposed: [] }],
    ["21 proposed drugs", { ...valid, proposed: Array(21).fill("amoxicillin") }],
    ["51 current drugs", { ...valid, current: Array(51).fill("warfarin") }],
    ["51 allergies", { ...valid, allergies: Array(51).fill("sulfa") }],
    ["missing current", { proposed: valid.proposed, allergies: [], patient: valid.patient }],
    ["empty name", { ...valid, proposed: ["   "] }],
    ["name over 200 chars", { ...valid, proposed: ["a".repeat(201)] }],
    ["negative dose", { ...valid, proposed: [{ name: "ibuprofen", doseMg: -1 }] }],
    ["25 doses a day", { ...valid, proposed: [{ name: "ibuprofen", doseMg: 200, frequencyPerDay: 25 }] }],
    ["allergy type not in enum", { ...valid, allergies: [{ substance: "pcn", type: "severe" }] }],
    ["age 131", withPatient({ age: 131 })],
    ["negative age", withPatient({ age: -1 })],
    ["missing age", { ...valid, patient: { weightKg: 70 } }],
    ["weight 0", withPatient({ weightKg: 0 })],
    ["serum creatinine 0", withPatient({ serumCreatinine: 0 })],
    ["CrCl 400", withPatient({ creatinineClearance: 400 })],
    ["sex not in enum", withPatient({ sex: "f" })],
    ["pregnant as string", withPatient({ pregnant: "yes" })],
  ])("rejects %s", (_label, input) => {
    expect(ZMedicationSafetyCheckInput.safeParse(input).success).toBe(false);
  });

  it("documents fields for OpenAPI", () => {
    const json = JSON.stringify(ZMedicationSafetyCheckInput.toJSONSchema());
    expect(json).toContain("Medications the clinician proposes to prescribe");
    expect(json).toContain("Creatinine clearance, mL/min");
  });
});
