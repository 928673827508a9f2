import { describe, expect, it } from "vitest";
import { buildAiContext, type AiContextFacts } from "./ai-context";
import { deidentify } from "./deidentify";
import { ZIntake } from "../schemas/intake";
import { runTriage } from "../triage/run-triage";

const PHI = {
  name: "Zebulon Quartermaine",
  email: "zeb.q@example.test",
  phone: "+1 (518) 555-0142",
  dob: "1961-07-23",
  reference: "AV-7K3M9Q",
  oldReference: "AV-ZZ12XY",
  husband: "Archibald",
  street: "12 River St",
  zip: "12207",
};

function facts(overrides: { dob?: string; details?: string; messages?: string[] } = {}): AiContextFacts {
  const intake = ZIntake.parse({
    consultationType: "family_medicine", chiefComplaint: "Sore throat and fever since March 3rd", symptoms: ["sore throat", "fever"],
    details: overrides.details ?? `My husband ${PHI.husband} says call him on 518-555-0199. We live at ${PHI.street}, Albany, NY ${PHI.zip}. Photos: https://img.example.com/zq.jpg`,
    onset: "1_3_days", severity: 5, vitals: { temperatureC: 38.4, heartRate: 96 }, medications: [{ name: "lisinopril", dose: "10 mg" }],
    allergies: [{ substance: "penicillin", reaction: "hives" }], preferredLanguage: "en", consent: { accepted: true, version: "2026-11-v1" },
  });
  const triage = runTriage({ symptoms: [intake.chiefComplaint, ...intake.symptoms], vitals: intake.vitals, age: 64, sex: "male", severity: 5 });
  return {
    now: new Date("2026-12-04T10:00:00Z"),
    patient: {
      name: PHI.name, email: PHI.email, phone: PHI.phone, dateOfBirth: new Date(overrides.dob ?? PHI.dob), sex: "male", stateOfResidence: "NY",
      weightKg: 80, heightCm: 178, pregnancyStatus: "not_applicable", chronicConditions: ["hypertension"], immunosuppressed: false, serumCreatinine: null,
      allergies: [{ substance: "penicillin", reaction: "hives", type: "allergy" }], currentMedications: [{ name: "lisinopril", doseMg: 10, frequencyPerDay: 1 }],
      languagePreference: "en",
    },
    consultation: {
      reference: PHI.reference, submittedAt: new Date("2026-12-03T15:20:00Z"), intake, triageResult: triage, patientLanguagePreference: "en",
      assessment: `Zebulon seen ${"2026-12-03"}; ref ${PHI.reference}`, primaryDiagnosisCode: "J02.9", differentialDiagnosis: [{ code: "J02.9", description: "Acute pharyngitis" }],
      plan: "Fluids, paracetamol", careInstructions: `Mr. Quartermaine, write to ${PHI.email} if worse`,
    },
    previous: [{ reference: PHI.oldReference, submittedAt: new Date("2025-02-11T09:00:00Z"), chiefComplaint: "Back pain after moving house on 2025-02-10", primaryDiagnosisCode: "M54.50", status: "completed" }],
    messages: (overrides.messages ?? [`Hi, it's Zebulon (${PHI.phone}), my MRN is 00451234`]).map((body) => ({ senderRole: "patient", body, automated: false })),
  };
}

describe("deidentify (HIPAA Safe Harbor)", () => {
  const full = buildAiContext(facts());
  const { context, removed } = deidentify(full);
  const json = JSON.stringify(context);

  it("the full context does carry the identifiers (so the test proves something)", () => {
    const all = JSON.stringify(full);
    for (const v of [PHI.name, PHI.email, PHI.phone, PHI.dob, PHI.reference, PHI.oldReference, PHI.husband, PHI.street]) expect(all).toContain(v);
  });

  it.each([
    ["full name", PHI.name], ["first name", "Zebulon"], ["last name", "Quartermaine"], ["relative's name", PHI.husband],
    ["e-mail", PHI.email], ["e-mail user", "zeb.q"], ["phone", "555-0142"], ["relative's phone", "555-0199"], ["date of birth", PHI.dob],
    ["birth month-day", "07-23"], ["reference", PHI.reference], ["previous reference", PHI.oldReference], ["street address", PHI.street],
    ["ZIP code", PHI.zip], ["URL", "img.example.com"], ["record number", "00451234"], ["full visit date", "2026-12-03"], ["month and day", "March 3rd"],
    ["previous visit date", "2025-02-1"],
  ])("removes the %s", (_label, value) => expect(json).not.toContain(value));

  it("drops the structured identifier fields and generalises dates to the year", () => {
    expect(context.patient).not.toHaveProperty("name");
    expect(context.patient).not.toHaveProperty("email");
    expect(context.patient).not.toHaveProperty("phone");
    expect(context.patient).not.toHaveProperty("dateOfBirth");
    expect(context.consultation).not.toHaveProperty("reference");
    expect(context.previousConsultations[0]).not.toHaveProperty("reference");
    expect(context.consultation.date).toBe("2026");
    expect(context.previousConsultations[0]!.date).toBe("2025");
    expect(removed).toEqual(expect.arrayContaining(["names", "contact", "dates", "record_numbers"]));
  });

  it("keeps the state (not smaller geography) and the clinical content", () => {
    expect(context.patient.stateOfResidence).toBe("NY");
    expect(context.patient.age).toBe(65);
    expect(context.patient.allergies).toEqual([{ substance: "penicillin", reaction: "hives", type: "allergy" }]);
    expect(context.consultation.vitals).toEqual({ temperatureC: 38.4, heartRate: 96 });
    expect(context.consultation.symptoms).toEqual(["sore throat", "fever"]);
    expect(context.providerNotes.primaryDiagnosisCode).toBe("J02.9");
    expect(context.triage?.riskLevel).toBe(full.triage?.riskLevel);
    expect(context.consultation.details).toContain("My husband [NAME]");
    expect(context.messages[0]!.body).toBe("Hi, it's [NAME] ([PHONE]), my MRN is [RECORD-NUMBER]");
  });

  it("groups ages over 89 as 90+", () => {
    const old = deidentify(buildAiContext(facts({ dob: "1931-01-02", details: "I am 95 years old and live alone" })));
    expect(old.context.patient.age).toBe("90+");
    expect(old.context.consultation.details).toBe("I am 90+ years old and live alone");
    expect(old.removed).toContain("ages_over_89");
  });

  it("keeps ages up to 89 as numbers", () => {
    expect(deidentify(buildAiContext(facts({ dob: "1937-12-05" }))).context.patient.age).toBe(88);
  });

  it("does not change the input", () => {
    const input = buildAiContext(facts());
    const before = JSON.stringify(input);
    deidentify(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("also removes extra identifiers the caller knows", () => {
    const r = deidentify(buildAiContext(facts({ messages: ["Dr Jordan Lee said row 8c1d9a2e is mine"] })), { extra: { names: ["Jordan Lee"], ids: ["8c1d9a2e"] } });
    expect(r.context.messages[0]!.body).toBe("Dr [NAME] said row [ID] is mine");
  });
});
