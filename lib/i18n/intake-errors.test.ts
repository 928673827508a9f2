import { describe, expect, it } from "vitest";
import { ZIntake } from "../schemas/intake";
import { INTAKE_STEPS, stepSchema } from "../intake/intake-steps";
import { hasSpanish, localizeMessage } from "./intake-errors";
import { INTAKE_EN } from "./intake-en";
import { INTAKE_ES } from "./intake-es";

/** Wrong answers for every page, chosen to raise every message the form can show. */
const BAD: Record<string, unknown[]> = {
  reason: [{}, { consultationType: "x" }],
  symptoms: [{ chiefComplaint: "a", symptoms: [], otherSymptoms: "x".repeat(201), details: "x".repeat(4001) }, { chiefComplaint: "x".repeat(501), symptoms: [], otherSymptoms: "", details: "" }, { symptoms: [], otherSymptoms: "", details: "" }],
  timing: [{}, { onset: "x", severity: 12 }],
  readings: [
    { vitals: { temperatureUnit: "C", temperature: 50, systolic: 10, diastolic: 300, heartRate: 1, respiratoryRate: 0, oxygenSaturation: 10 } },
    { vitals: { temperatureUnit: "F", temperature: 50, systolic: 500, heartRate: 999, respiratoryRate: 99, oxygenSaturation: 101 } },
    { vitals: { temperatureUnit: "F", temperature: Number.NaN, systolic: Number.NaN, diastolic: Number.NaN, heartRate: Number.NaN, respiratoryRate: Number.NaN, oxygenSaturation: Number.NaN } },
    { vitals: { temperatureUnit: "C", systolic: 80, diastolic: 90 } },
    { vitals: { temperatureUnit: "C", systolic: 120 } },
    { vitals: { temperatureUnit: "C", diastolic: 80 } },
  ],
  medicines: [{ medications: [], allergies: [] }, { takesMedicines: "yes", medications: [], hasAllergies: "yes", allergies: [] }, { takesMedicines: "yes", medications: [{ name: "" }], hasAllergies: "yes", allergies: [{ substance: "" }] }],
  "about-you": [{}],
  photos: [],
  consent: [{ consentAccepted: false, consentVersion: "v" }],
};

describe("intake error messages", () => {
  it("every message a page can show has a Spanish version", () => {
    const missing = new Set<string>();
    for (const step of INTAKE_STEPS) {
      for (const input of BAD[step] ?? []) {
        const r = stepSchema(step, { askPregnancy: true }).safeParse(input);
        for (const issue of r.error?.issues ?? []) if (!hasSpanish(issue.message)) missing.add(`${step}: ${issue.message}`);
      }
    }
    for (const issue of ZIntake.safeParse({ attachmentIds: Array(11).fill(crypto.randomUUID()), consent: { accepted: false, version: "v" } }).error!.issues) {
      if (issue.path[0] !== "consent" || issue.path[1] === "accepted") if (!hasSpanish(issue.message) && issue.path[0] !== "symptoms") missing.add(`intake: ${issue.message}`);
    }
    expect([...missing]).toEqual([]);
  });

  it("English messages are shown as written", () => {
    expect(localizeMessage("Choose when it started", "en")).toBe("Choose when it started");
    expect(localizeMessage("Choose when it started", "es")).toBe("Elija cuándo empezó");
  });

  it("the Spanish text has the same steps and options as the English", () => {
    expect(Object.keys(INTAKE_ES.timing.onset)).toEqual(Object.keys(INTAKE_EN.timing.onset));
    expect(Object.keys(INTAKE_ES.readings.alert)).toEqual(Object.keys(INTAKE_EN.readings.alert));
    expect(INTAKE_ES.consent.paragraphs).toHaveLength(INTAKE_EN.consent.paragraphs.length);
  });
});
