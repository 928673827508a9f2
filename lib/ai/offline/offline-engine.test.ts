/**
 * The offline engine on every seeded demo consultation (prisma/demo-consultations.ts), built the
 * way the seed builds them (same intake defaults, same triage input), through the same
 * validation and post-processing as a language model's answer.
 */
import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATIONS, EXTRA_PATIENTS } from "@/prisma/demo-consultations";
import { CONSENT_VERSION, ZIntake } from "../../schemas/intake";
import { AI_KINDS, ZAssessmentOutput, ZMedicationsOutput, ZPatientMessageOutput, type TAiKind } from "../../schemas/ai";
import { runTriage } from "../../triage/run-triage";
import { buildAiContext, type AiContext } from "../ai-context";
import { MODEL_OUTPUT_SCHEMAS } from "../ai-output-schemas";
import { finalizeAiOutput } from "../finalize-ai-output";
import { endsWithDisclaimer } from "../disclaimer";
import { runOfflineEngine } from "./run-offline-engine";

type Person = { name: string; email: string; dateOfBirth: string; sex: string; weightKg?: number; stateOfResidence: string; languagePreference?: string; pregnancyStatus?: string; chronicConditions?: string[]; currentMedications?: { name: string; doseMg?: number; frequencyPerDay?: number }[]; allergies?: { substance: string; reaction?: string; type: string }[] };

/** The three seed patients defined in prisma/seed.ts, plus EXTRA_PATIENTS. */
const PEOPLE: Record<string, Person> = {
  alice: { name: "Alice Morgan", email: "alice@demo.test", dateOfBirth: "1987-03-14", sex: "female", weightKg: 64, stateOfResidence: "NY" },
  bob: {
    name: "Bob Nguyen", email: "bob@demo.test", dateOfBirth: "1958-09-02", sex: "male", weightKg: 82, stateOfResidence: "NJ", pregnancyStatus: "not_applicable",
    chronicConditions: ["atrial fibrillation", "hypertension"], currentMedications: [{ name: "warfarin", doseMg: 5, frequencyPerDay: 1 }, { name: "lisinopril", doseMg: 10, frequencyPerDay: 1 }],
    allergies: [{ substance: "penicillin", reaction: "hives and facial swelling", type: "allergy" }],
  },
  carmen: { name: "Carmen Ruiz", email: "carmen@demo.test", dateOfBirth: "1996-11-21", sex: "female", weightKg: 58, stateOfResidence: "CA", languagePreference: "es" },
  ...Object.fromEntries(EXTRA_PATIENTS.map((p) => [p.email!.split("@")[0]!, p as Person])),
};

const NOW = new Date("2026-12-04T12:00:00Z");

function contextFor(d: (typeof DEMO_CONSULTATIONS)[number]): AiContext {
  const p = PEOPLE[d.patient]!;
  const lang = p.languagePreference ?? "en";
  const intake = ZIntake.parse({ consultationType: "family_medicine", onset: "1_3_days", severity: 4, preferredLanguage: lang, consent: { accepted: true, version: CONSENT_VERSION }, ...d.intake });
  const age = (NOW.getTime() - new Date(p.dateOfBirth).getTime()) / (365.25 * 86_400_000);
  const pregnancy = intake.pregnancyStatus ?? p.pregnancyStatus ?? "not_pregnant";
  const triage = runTriage({
    symptoms: [intake.chiefComplaint, ...intake.symptoms, ...(intake.details ? [intake.details] : [])], vitals: intake.vitals, age,
    sex: p.sex === "male" || p.sex === "female" ? p.sex : "unknown", pregnant: pregnancy === "pregnant", severity: intake.severity,
  });
  return buildAiContext({
    now: NOW,
    patient: {
      name: p.name, email: p.email, phone: null, dateOfBirth: new Date(p.dateOfBirth), sex: p.sex, stateOfResidence: p.stateOfResidence, weightKg: p.weightKg ?? 68,
      heightCm: null, pregnancyStatus: pregnancy, chronicConditions: p.chronicConditions ?? [], immunosuppressed: false, serumCreatinine: null,
      allergies: p.allergies ?? [], currentMedications: p.currentMedications ?? [], languagePreference: lang,
    },
    consultation: {
      reference: "AV-TEST01", submittedAt: NOW, intake, triageResult: triage, patientLanguagePreference: lang,
      assessment: null, primaryDiagnosisCode: null, differentialDiagnosis: [], plan: null, careInstructions: null,
    },
    previous: [],
    messages: [],
  });
}

function run(kind: TAiKind, ctx: AiContext) {
  const raw = runOfflineEngine(kind, ctx);
  const model = MODEL_OUTPUT_SCHEMAS[kind].safeParse(raw);
  expect(model.success, `${kind} model schema: ${JSON.stringify(model.error?.issues)}`).toBe(true);
  const final = finalizeAiOutput(kind, model.data, ctx);
  expect(final.ok, `${kind} stored schema: ${JSON.stringify(!final.ok && final.errors)}`).toBe(true);
  return (final as { value: unknown }).value;
}

const EXPECTED: Record<string, string> = {
  "Sore throat and mild fever for two days": "J02.9",
  "Burning when I pee and needing to go often": "N39.0",
  "Itchy red rash on both forearms": "L25.9",
  "A mole on my back has changed colour and shape": "D49.2",
  "Cough with green phlegm for a week, no shortness of breath": "J20.9",
  "Lower back pain after lifting boxes": "M54.50",
  "Headache for three days, no vision changes and no weakness": "G44.209",
  "Feeling anxious most days and can't sleep": "F41.9",
  "Crushing chest pain spreading to my left arm": "R07.9",
  "I can't catch my breath and my lips look blue": "R06.00",
  "Ear pain and muffled hearing on the left side": "H66.90",
  "Morning sickness and questions about vitamins": "O21.9",
  "Would like to restart the contraceptive pill": "Z30.011",
  "Blocked nose and pain around my eyes for ten days": "J01.90",
  "Acne on my face that isn't getting better": "L70.0",
  "Twisted my ankle, swollen but I can walk on it": "S93.409A",
  "Tos y dolor de garganta desde hace tres días": "J06.9",
  "Home blood pressure readings higher than usual": "I10",
};

describe("offline engine on every demo consultation", () => {
  it.each(DEMO_CONSULTATIONS.map((d, i) => [i, d.patient, d.intake.chiefComplaint, d] as const))("#%i %s: %s", (_i, _p, complaint, d) => {
    const ctx = contextFor(d);
    const out = Object.fromEntries(AI_KINDS.map((k) => [k, run(k, ctx)]));
    const assessment = ZAssessmentOutput.parse(out.assessment);
    if (EXPECTED[complaint]) expect(assessment.primaryDiagnosis.icd10Code).toBe(EXPECTED[complaint]);
    expect(assessment.recommendsProviderReview).toBe(assessment.recommendsProviderReview || assessment.primaryDiagnosis.confidence < 0.85);
    if (assessment.primaryDiagnosis.confidence < 0.85) expect(assessment.recommendsProviderReview).toBe(true);
    const message = ZPatientMessageOutput.parse(out.patient_message);
    expect(message.language).toBe(ctx.patient.preferredLanguage);
    expect(endsWithDisclaimer(message.body, message.language)).toBe(true);
    ZMedicationsOutput.parse(out.medications);
  });

  it("sends emergencies to emergency care, with low confidence and no medicines", () => {
    const chest = contextFor(DEMO_CONSULTATIONS.find((d) => d.intake.chiefComplaint.startsWith("Crushing chest pain"))!);
    const a = ZAssessmentOutput.parse(run("assessment", chest));
    expect(a.primaryDiagnosis.confidence).toBeLessThan(0.75);
    expect(a.recommendsProviderReview).toBe(true);
    expect(ZMedicationsOutput.parse(run("medications", chest)).medications).toEqual([]);
    expect(ZPatientMessageOutput.parse(run("patient_message", chest)).body).toContain("911");
  });

  it("flags a penicillin for Bob (penicillin allergy) and never recommends it", () => {
    const sinus = contextFor(DEMO_CONSULTATIONS.find((d) => d.patient === "bob" && d.intake.chiefComplaint.startsWith("Blocked nose"))!);
    const meds = ZMedicationsOutput.parse(run("medications", sinus)).medications;
    const amox = meds.find((m) => m.name === "amoxicillin/clavulanate")!;
    expect(amox.safety.status).toBe("flagged");
    expect(amox.safety.findings.some((f) => f.kind === "allergy")).toBe(true);
  });

  it("writes to Spanish-speaking patients in Spanish", () => {
    const carmen = contextFor(DEMO_CONSULTATIONS.find((d) => d.patient === "carmen" && d.status === "requires_info")!);
    const m = ZPatientMessageOutput.parse(run("patient_message", carmen));
    expect(m.language).toBe("es");
    expect(m.body).toMatch(/^Hola, Carmen:/);
    expect(m.body).toContain("Este mensaje es información médica general");
  });
});
