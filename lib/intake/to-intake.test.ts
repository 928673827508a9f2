import { describe, expect, it } from "vitest";
import { CONSENT_VERSION, ZIntake } from "../schemas/intake";
import { ZSaveIntakeDraftInput, type TIntakeDraftValues } from "../schemas/intake-form";
import { runTriage } from "../triage/run-triage";
import { toIntake } from "./to-intake";
import { INTAKE_STEPS, isPregnancyRelevant, stepForIntakePath, stepSchema, stepSlugAt } from "./intake-steps";
import { readDraft } from "./read-draft";
import { prefillFromProfile } from "./prefill-from-profile";
import { COMMON_SYMPTOMS } from "./common-symptoms";

const values: TIntakeDraftValues = {
  consultationType: "urgent_care", chiefComplaint: "Cut on my hand", symptoms: ["rash"], otherSymptoms: " throbbing ", details: "  ",
  onset: "today", severity: 5, vitals: { temperatureUnit: "F", temperature: 100.4, systolic: 130, diastolic: 85, onSupplementalOxygen: "no" },
  takesMedicines: "yes", medications: [{ name: "ibuprofen", dose: "", frequency: "twice a day" }], hasAllergies: "no", allergies: [],
  pregnancyStatus: "pregnant", preferredLanguage: "es", consentAccepted: true, consentVersion: CONSENT_VERSION,
};

describe("toIntake", () => {
  it("builds an Intake the server contract accepts", () => {
    const intake = ZIntake.parse(toIntake(values, { askPregnancy: true, attachmentIds: [] }));
    expect(intake).toMatchObject({
      symptoms: ["rash", "throbbing"], vitals: { temperatureF: 100.4, systolic: 130, diastolic: 85, onSupplementalOxygen: false },
      medications: [{ name: "ibuprofen", frequency: "twice a day" }], allergies: [], noKnownAllergies: true,
      pregnancyStatus: "pregnant", preferredLanguage: "es", consent: { accepted: true, version: CONSENT_VERSION },
    });
    expect(intake.details).toBeUndefined();
    expect(intake.medications[0]).not.toHaveProperty("dose");
  });

  it("sends °C as temperatureC, leaves out unmeasured readings, and drops vitals when none were given", () => {
    expect(toIntake({ ...values, vitals: { temperatureUnit: "C", temperature: 38.2 } }, { askPregnancy: false, attachmentIds: [] }).vitals).toEqual({ temperatureC: 38.2 });
    expect(toIntake({ ...values, vitals: { temperatureUnit: "F" } }, { askPregnancy: false, attachmentIds: [] }).vitals).toBeUndefined();
  });

  it("only sends lists the patient said yes to, and pregnancy only when asked", () => {
    const i = toIntake({ ...values, takesMedicines: "no", hasAllergies: "yes", allergies: [{ substance: "latex", type: "allergy" }] }, { askPregnancy: false, attachmentIds: [] });
    expect(i.medications).toEqual([]);
    expect(i.allergies).toEqual([{ substance: "latex", type: "allergy" }]);
    expect(i.noKnownAllergies).toBe(false);
    expect(i.pregnancyStatus).toBeUndefined();
  });

  it("an incomplete draft fails the contract at the fields still to answer", () => {
    const r = ZIntake.safeParse(toIntake({ consultationType: "dermatology" }, { askPregnancy: false, attachmentIds: [] }));
    expect(r.success).toBe(false);
    const steps = new Set(r.error!.issues.map((i) => stepForIntakePath(i.path.join("."))));
    expect([...steps].sort()).toEqual(["consent", "symptoms", "timing"]);
  });
});

describe("intake steps", () => {
  it("validates each page on its own, with how-to-fix messages", () => {
    const r = stepSchema("readings", { askPregnancy: false }).safeParse({ vitals: { temperatureUnit: "C", temperature: 98.6, systolic: 120, heartRate: Number.NaN } });
    const messages = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain("vitals.temperature: Enter a temperature between 25 and 45 °C, for example 38.2");
    expect(messages).toContain("vitals.diastolic: Enter both blood pressure numbers, or leave both empty");
    expect(messages).toContain("vitals.heartRate: Enter your heart rate as a number, for example 72");
    expect(stepSchema("medicines", { askPregnancy: false }).safeParse({ takesMedicines: "yes", medications: [], hasAllergies: "no", allergies: [] }).error!.issues[0]!.message)
      .toBe("Add the medicines you take, or choose No");
  });

  it("asks about pregnancy only when relevant", () => {
    expect(stepSchema("about-you", { askPregnancy: true }).safeParse({ preferredLanguage: "en" }).success).toBe(false);
    expect(stepSchema("about-you", { askPregnancy: false }).safeParse({ preferredLanguage: "en" }).success).toBe(true);
    const dob = new Date("2000-06-15");
    expect(isPregnancyRelevant("female", dob, new Date("2012-06-14"))).toBe(false);
    expect(isPregnancyRelevant("female", dob, new Date("2012-06-15"))).toBe(true);
    expect(isPregnancyRelevant("female", dob, new Date("2055-06-15"))).toBe(true);
    expect(isPregnancyRelevant("female", dob, new Date("2056-06-15"))).toBe(false);
    expect(isPregnancyRelevant("male", dob, new Date("2030-01-01"))).toBe(false);
  });

  it("resumes past the last page at check-your-answers", () => {
    expect(stepSlugAt(0)).toBe("reason");
    expect(stepSlugAt(INTAKE_STEPS.length)).toBe("check");
  });
});

describe("drafts", () => {
  it("the server refuses out-of-range and unknown draft fields", () => {
    expect(ZSaveIntakeDraftInput.safeParse({ step: 1, values: { severity: 11 } }).success).toBe(false);
    expect(ZSaveIntakeDraftInput.safeParse({ step: 1, values: { isAdmin: true } }).success).toBe(false);
    expect(ZSaveIntakeDraftInput.safeParse({ step: 1, values: { severity: 4 }, idempotencyKey: "a b" }).success).toBe(false);
  });

  it("reading a stored draft keeps what still fits and drops the rest", () => {
    const d = readDraft({ values: { chiefComplaint: "Rash", onset: "last_tuesday", severity: 4 }, idempotencyKey: "k-12345678" });
    expect(d).toEqual({ values: { chiefComplaint: "Rash", severity: 4 }, idempotencyKey: "k-12345678" });
    expect(readDraft(null)).toEqual({ values: {}, idempotencyKey: null });
  });

  it("prefill skips unreadable record entries", () => {
    const v = prefillFromProfile({ currentMedications: [{ name: "x" }, "junk", { name: "metformin", doseMg: 500, frequencyPerDay: 2 }], allergies: {}, languagePreference: "es" });
    expect(v).toEqual({ takesMedicines: "yes", medications: [{ name: "metformin", dose: "500 mg", frequency: "twice a day" }], preferredLanguage: "es" });
  });
});

describe("common symptoms", () => {
  it("emergency picks raise a red flag in the triage engine whatever the page language; the others do not", () => {
    for (const s of COMMON_SYMPTOMS) {
      const r = runTriage({ symptoms: ["feeling unwell", s.value], age: 40, sex: "female" });
      expect(r.redFlags.length > 0, s.value).toBe(Boolean(s.warn));
    }
  });
});
