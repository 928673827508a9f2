import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZTriageInput, ZTriageResult } from "../schemas/triage";
import { runTriage } from "./run-triage";

const VALID = {
  symptoms: ["chest pain"],
  age: 54,
  sex: "female",
  pregnant: false,
  immunosuppressed: false,
  hypercapnicRespiratoryFailure: false,
  severity: 6,
  vitals: {
    systolic: 130,
    diastolic: 85,
    heartRate: 88,
    respiratoryRate: 18,
    temperatureF: 99.1,
    oxygenSaturation: 97,
    onSupplementalOxygen: false,
    consciousness: "alert",
  },
};

function issuePaths(value: unknown): string[] {
  const result = ZTriageInput.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.code}:${issue.path.join(".")}`);
}

describe("ZTriageInput", () => {
  it("accepts a full valid intake and a minimal one", () => {
    expect(ZTriageInput.parse(VALID)).toEqual(VALID);
    expect(issuePaths({ symptoms: ["cough"], age: 0.1 })).toEqual([]);
  });

  it.each([
    ["unknown top-level key", { ...VALID, name: "Ann" }, ["unrecognized_keys:"]],
    ["unknown vitals key", { ...VALID, vitals: { ...VALID.vitals, bmi: 22 } }, ["unrecognized_keys:vitals"]],
    ["both temperature units", { ...VALID, vitals: { temperatureF: 99, temperatureC: 37 } }, ["custom:vitals.temperatureC"]],
    ["diastolic above systolic", { ...VALID, vitals: { systolic: 80, diastolic: 90 } }, ["custom:vitals.diastolic"]],
    ["no symptoms", { ...VALID, symptoms: [] }, ["too_small:symptoms"]],
    ["51 symptoms", { ...VALID, symptoms: Array.from({ length: 51 }, () => "cough") }, ["too_big:symptoms"]],
    ["empty symptom", { ...VALID, symptoms: [""] }, ["too_small:symptoms.0"]],
    ["blank symptom", { ...VALID, symptoms: ["   "] }, ["custom:symptoms.0"]],
    ["2001-char symptom", { ...VALID, symptoms: ["a".repeat(2001)] }, ["too_big:symptoms.0"]],
    ["missing age", { symptoms: ["cough"] }, ["invalid_type:age"]],
    ["age 131", { ...VALID, age: 131 }, ["too_big:age"]],
    ["negative age", { ...VALID, age: -1 }, ["too_small:age"]],
    ["severity 11", { ...VALID, severity: 11 }, ["too_big:severity"]],
    ["severity 2.5", { ...VALID, severity: 2.5 }, ["invalid_type:severity"]],
    ["unknown sex", { ...VALID, sex: "x" }, ["invalid_value:sex"]],
    ["unknown consciousness", { ...VALID, vitals: { consciousness: "drowsy" } }, ["invalid_value:vitals.consciousness"]],
    ["string number", { ...VALID, vitals: { heartRate: "80" } }, ["invalid_type:vitals.heartRate"]],
  ])("rejects %s", (_, value, expected) => {
    expect(issuePaths(value)).toEqual(expected);
  });

  it.each([
    ["temperatureC", 24.9, 25, 45, 45.1],
    ["temperatureF", 76.9, 77, 113, 113.1],
    ["oxygenSaturation", 49, 50, 100, 101],
    ["heartRate", 19, 20, 250, 251],
    ["respiratoryRate", -1, 0, 80, 81],
    ["systolic", 39, 40, 300, 301],
  ] as const)("%s: rejects %d, accepts %d..%d, rejects %d", (field, below, min, max, above) => {
    const at = (value: number) => issuePaths({ symptoms: ["x"], age: 40, vitals: { [field]: value } });
    expect(at(below)).toEqual([`too_small:vitals.${field}`]);
    expect(at(min)).toEqual([]);
    expect(at(max)).toEqual([]);
    expect(at(above)).toEqual([`too_big:vitals.${field}`]);
  });
});

describe("ZTriageResult", () => {
  it("accepts engine output and rejects extra keys", () => {
    const result = runTriage(ZTriageInput.parse(VALID));
    expect(ZTriageResult.parse(result)).toEqual(result);
    expect(ZTriageResult.safeParse({ ...result, extra: 1 }).success).toBe(false);
  });

  it("produces a JSON Schema with field descriptions for OpenAPI", () => {
    const schema = z.toJSONSchema(ZTriageInput) as { properties: Record<string, { description?: string }>; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.age.description).toBe("Age in years; fractions for infants (0.2 ≈ 10 weeks).");
    expect(() => z.toJSONSchema(ZTriageResult)).not.toThrow();
  });
});
