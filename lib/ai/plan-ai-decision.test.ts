import { describe, expect, it } from "vitest";
import { diffVersions, planAiDecision } from "./plan-ai-decision";
import type { TAssessmentOutput, TMedicationsOutput } from "../schemas/ai";
import { MEDICAL_DISCLAIMER } from "./disclaimer";

const assessment: TAssessmentOutput = {
  primaryDiagnosis: { icd10Code: "J02.9", description: "Acute pharyngitis, unspecified", confidence: 0.8 },
  alternatives: [{ icd10Code: "J06.9", description: "Acute upper respiratory infection, unspecified", confidence: 0.3 }],
  recommendsProviderReview: true,
  reasoning: "r",
};
const safety = (status: "recommended" | "check" | "flagged") => ({ status, summary: "", findings: [], ruleSetVersion: "v" });
const meds: TMedicationsOutput = {
  medications: [
    { name: "amoxicillin", dose: "500 mg", frequency: "every 8 hours", durationDays: 7, rationale: "r", doseMg: 500, frequencyPerDay: 3, safety: safety("flagged") },
    { name: "acetaminophen", dose: "500 mg", frequency: "every 6 hours", durationDays: 5, rationale: "r", doseMg: 500, frequencyPerDay: 4, safety: safety("recommended") },
  ],
};

describe("planAiDecision", () => {
  it("accepting takes the draft as final; copying fills the diagnosis fields with the AI confidences", () => {
    const p = planAiDecision("assessment", assessment, { decision: "accepted", copyToNotes: true });
    expect(p).toMatchObject({ ok: true, deviates: false, modifications: [] });
    if (!p.ok) return;
    expect(p.notes).toEqual({
      primaryDiagnosisCode: "J02.9",
      differentialDiagnosis: [
        { code: "J02.9", description: "Acute pharyngitis, unspecified", confidence: 0.8 },
        { code: "J06.9", description: "Acute upper respiratory infection, unspecified", confidence: 0.3 },
      ],
    });
  });

  it("a different primary code is a deviation that needs a reason; the same code in other punctuation is not", () => {
    const other = { primaryDiagnosis: { icd10Code: "J03.90", description: "Acute tonsillitis" }, alternatives: [] };
    expect(planAiDecision("assessment", assessment, { decision: "edited", finalText: other })).toMatchObject({ ok: false, fieldErrors: { deviationReason: [expect.any(String)] } });
    expect(planAiDecision("assessment", assessment, { decision: "edited", finalText: other, deviationReason: "Exudate" })).toMatchObject({ ok: true, deviates: true });
    const same = { primaryDiagnosis: { icd10Code: "j029", description: "Sore throat" }, alternatives: [] };
    const p = planAiDecision("assessment", assessment, { decision: "edited", finalText: same });
    expect(p).toMatchObject({ ok: false }); // "J029" is not a valid ICD-10 format
    const punct = { primaryDiagnosis: { icd10Code: "j02.9", description: "Sore throat" }, alternatives: [] };
    expect(planAiDecision("assessment", assessment, { decision: "edited", finalText: punct })).toMatchObject({ ok: true, deviates: false });
  });

  it("lists a promoted alternative once in the differential copied to the notes", () => {
    const promoted = { primaryDiagnosis: { icd10Code: "J06.9", description: "URI" }, alternatives: [{ icd10Code: "J06.9", description: "URI" }, { icd10Code: "J02.9", description: "Pharyngitis" }] };
    const p = planAiDecision("assessment", assessment, { decision: "edited", finalText: promoted, deviationReason: "Cough", copyToNotes: true });
    expect(p.ok && p.notes?.differentialDiagnosis?.map((d) => d.code)).toEqual(["J06.9", "J02.9"]);
  });

  it("rejecting an assessment or medicines needs a reason; other pieces do not", () => {
    expect(planAiDecision("assessment", assessment, { decision: "rejected" })).toMatchObject({ ok: false });
    expect(planAiDecision("medications", meds, { decision: "rejected" })).toMatchObject({ ok: false });
    expect(planAiDecision("soap_note", { subjective: "s", objective: "o", assessment: "a", plan: "p" }, { decision: "rejected" })).toMatchObject({ ok: true, final: null });
  });

  it("never accepts a medicine list with a flagged suggestion as it is", () => {
    expect(planAiDecision("medications", meds, { decision: "accepted" })).toMatchObject({ ok: false, fieldErrors: { decision: [expect.stringContaining("Unsafe")] } });
    const keep = { medications: [{ name: "Amoxil", dose: "500 mg", frequency: "every 8 hours", durationDays: 7 }, { name: "acetaminophen", dose: "500 mg", frequency: "every 6 hours", durationDays: 5 }] };
    expect(planAiDecision("medications", meds, { decision: "edited", finalText: keep })).toMatchObject({ ok: false, fieldErrors: { deviationReason: [expect.stringContaining("flagged")] } });
    const drop = { medications: [{ name: "Tylenol", dose: "500 mg", frequency: "every 6 hours", durationDays: 5 }] };
    expect(planAiDecision("medications", meds, { decision: "edited", finalText: drop })).toMatchObject({ ok: false, fieldErrors: { deviationReason: [expect.any(String)] } });
    expect(planAiDecision("medications", meds, { decision: "edited", finalText: drop, deviationReason: "Allergy" })).toMatchObject({ ok: true, deviates: true });
  });

  it("closes an edited patient message with the disclaimer", () => {
    const p = planAiDecision("patient_message", { language: "es", body: `Hola.\n\n${MEDICAL_DISCLAIMER.es}` }, { decision: "edited", finalText: { body: "Hola, descanse." } });
    expect(p.ok && p.final).toEqual({ body: `Hola, descanse.\n\n${MEDICAL_DISCLAIMER.es}` });
  });

  it("refuses finalText without an edit and copies only assessments and SOAP notes", () => {
    expect(planAiDecision("assessment", assessment, { decision: "accepted", finalText: { body: "x" } })).toMatchObject({ ok: false });
    expect(planAiDecision("patient_message", { language: "en", body: "x" }, { decision: "accepted", copyToNotes: true })).toMatchObject({ ok: false });
  });
});

describe("diffVersions", () => {
  it("lists changed leaf fields with before and after", () => {
    expect(diffVersions({ a: { b: 1, c: "x" }, d: [1] }, { a: { b: 2, c: "x" }, d: [1, 2] })).toEqual([
      { field: "a.b", from: 1, to: 2 }, { field: "d", from: [1], to: [1, 2] },
    ]);
  });
});
