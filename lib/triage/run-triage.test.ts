import { describe, expect, it } from "vitest";
import { type TRiskLevel, type TTriageInput, type TTriageResult, ZTriageResult } from "../schemas/triage";
import { runTriage } from "./run-triage";
import { TRIAGE_RULE_SET_VERSION } from "./rule-set-version";

const NORMAL_VITALS = {
  respiratoryRate: 16,
  oxygenSaturation: 98,
  onSupplementalOxygen: false,
  systolic: 120,
  diastolic: 78,
  heartRate: 70,
  consciousness: "alert",
  temperatureC: 37,
} satisfies TTriageInput["vitals"];

type TIntake = Omit<TTriageInput, "age"> & { age?: number };
type TCase = [string, TIntake, TRiskLevel, TTriageResult["recommendedUrgency"], boolean];

function triage(input: TIntake) {
  return runTriage({ age: 35, ...input });
}

describe("runTriage outcome table", () => {
  it.each<TCase>([
    // [case, input, level, urgency, synchronous]
    ["benign, no vitals", { symptoms: ["runny nose and sneezing"] }, "low", "routine", false],
    ["benign, normal vitals", { symptoms: ["rash on my arm"], vitals: NORMAL_VITALS }, "low", "routine", false],
    ["chest pain", { symptoms: ["chest pain"] }, "critical", "urgent", true],
    ["stroke sign", { symptoms: ["face drooping"] }, "critical", "urgent", true],
    ["suicidal intent", { symptoms: ["I want to kill myself"] }, "critical", "urgent", true],
    ["passive suicidal ideation", { symptoms: ["better off dead"] }, "high", "high", true],
    ["shortness of breath", { symptoms: ["short of breath"] }, "high", "high", true],
    ["NEWS2 7", { symptoms: ["feel unwell"], vitals: { ...NORMAL_VITALS, heartRate: 115, respiratoryRate: 22, temperatureC: 39.5, oxygenSaturation: 95 } }, "critical", "urgent", true],
    ["NEWS2 5", { symptoms: ["feel unwell"], vitals: { ...NORMAL_VITALS, heartRate: 115, respiratoryRate: 22, temperatureC: 38.5 } }, "high", "high", true],
    ["NEWS2 single red score", { symptoms: ["feel unwell"], vitals: { ...NORMAL_VITALS, oxygenSaturation: 91 } }, "high", "high", true],
    ["NEWS2 4, no red", { symptoms: ["feel unwell"], vitals: { ...NORMAL_VITALS, heartRate: 95, respiratoryRate: 22, temperatureC: 38.5 } }, "low", "routine", false],
    ["partial vitals reaching NEWS2 >= 7", { symptoms: ["feel unwell"], vitals: { respiratoryRate: 26, oxygenSaturation: 91, heartRate: 131 } }, "critical", "urgent", true],
    ["consciousness 'pain'", { symptoms: ["very sleepy"], vitals: { consciousness: "pain" } }, "critical", "urgent", true],
    ["fever while immunosuppressed (vitals)", { symptoms: ["tired"], vitals: { temperatureF: 100.6 }, immunosuppressed: true }, "high", "high", true],
    ["fever while immunosuppressed (text)", { symptoms: ["fever since last night"], immunosuppressed: true }, "high", "high", true],
    ["fever 38.0 immunosuppressed", { symptoms: ["tired"], vitals: { temperatureF: 100.4 }, immunosuppressed: true }, "high", "high", true],
    ["37.9 immunosuppressed", { symptoms: ["tired"], vitals: { temperatureC: 37.9 }, immunosuppressed: true }, "low", "routine", false],
    ["infant < 3 months with fever", { symptoms: ["fussy"], age: 0.15, vitals: { temperatureC: 38.0 } }, "critical", "urgent", true],
    ["infant 3-6 months, 39.0 °C", { symptoms: ["fussy"], age: 0.4, vitals: { temperatureC: 39.0 } }, "high", "high", true],
    ["infant 3-6 months, 38.5 °C", { symptoms: ["fussy"], age: 0.4, vitals: { temperatureC: 38.5 } }, "low", "routine", false],
    ["infant < 3 months, no fever", { symptoms: ["dry skin"], age: 0.15 }, "moderate", "medium", false],
    ["pregnancy + abdominal pain", { symptoms: ["stomach pain"], pregnant: true }, "high", "high", true],
    ["pregnancy + abdominal pain rated 8", { symptoms: ["stomach pain"], pregnant: true, severity: 8 }, "critical", "urgent", true],
    ["pregnancy + bleeding", { symptoms: ["some vaginal bleeding"], pregnant: true }, "critical", "urgent", true],
    ["pregnancy + BP 165/100", { symptoms: ["swollen ankles"], pregnant: true, vitals: { systolic: 165, diastolic: 100 } }, "critical", "urgent", true],
    ["pregnancy + BP 142/85", { symptoms: ["swollen ankles"], pregnant: true, vitals: { systolic: 142, diastolic: 85 } }, "high", "high", true],
    ["BP 185/100 without symptoms", { symptoms: ["routine check"], vitals: { systolic: 185, diastolic: 100 } }, "moderate", "medium", false],
    ["BP 185/100 with headache", { symptoms: ["bad headache"], vitals: { systolic: 185, diastolic: 100 } }, "critical", "urgent", true],
    ["fainting at 40", { symptoms: ["I fainted"] }, "high", "high", true],
    ["fainting at 70", { symptoms: ["I fainted"], age: 70 }, "critical", "urgent", true],
    ["abdominal pain at 40", { symptoms: ["belly pain"] }, "low", "routine", false],
    ["abdominal pain at 70", { symptoms: ["belly pain"], age: 70 }, "high", "high", true],
    ["self-rated severity 7", { symptoms: ["back ache"], severity: 7 }, "moderate", "medium", false],
    ["self-rated severity 6", { symptoms: ["back ache"], severity: 6 }, "low", "routine", false],
  ])("%s", (_, input, level, urgency, synchronous) => {
    const result = triage(input);
    expect(result.clinicalRiskLevel).toBe(level);
    expect(result.recommendedUrgency).toBe(urgency);
    expect(result.requiresSynchronousVisit).toBe(synchronous);
    expect(ZTriageResult.safeParse(result).success).toBe(true);
  });
});

describe("score, reasons and explanation", () => {
  it("explains a benign intake without vitals", () => {
    const result = triage({ symptoms: ["runny nose"] });
    expect(result).toEqual({
      triageScore: 0,
      clinicalRiskLevel: "low",
      redFlags: [],
      news2: null,
      requiresSynchronousVisit: false,
      recommendedUrgency: "routine",
      explanation:
        "Clinical risk low (routine asynchronous review). Reasons: No red flags found in the reported symptoms. Vitals were not provided; NEWS2 was not calculated.",
      reasons: ["No red flags found in the reported symptoms.", "Vitals were not provided; NEWS2 was not calculated."],
      ruleSetVersion: TRIAGE_RULE_SET_VERSION,
    });
  });

  it("lists red flags with evidence and computes the score inside the level's slice", () => {
    const result = triage({ symptoms: ["no chest pain but I can't catch my breath"], severity: 6 });
    expect(result.redFlags.map((f) => [f.code, f.evidence.text, f.evidence.start, f.evidence.end])).toEqual([
      ["shortness_of_breath", "can't catch my breath", 20, 41],
    ]);
    // high floor 50 + flag 6 + severity 6 = 62
    expect(result.triageScore).toBe(62);
    expect(result.reasons[0]).toBe('Red flag (high): Shortness of breath — "can\'t catch my breath".');
  });

  it.each([
    [["chest pain"], undefined, 85],
    [["chest pain", "face drooping", "slurred speech"], 10, 100],
    [["short of breath"], 10, 66],
  ] as const)("score for %o (severity %s) is %d", (symptoms, severity, score) => {
    expect(triage({ symptoms: [...symptoms], severity }).triageScore).toBe(score);
  });

  it("says when NEWS2 is partial or not applicable", () => {
    const result = triage({ symptoms: ["cough"], age: 12, vitals: { heartRate: 95 } });
    expect(result.news2?.applicable).toBe(false);
    expect(result.reasons).toEqual([
      "No red flags found in the reported symptoms.",
      "NEWS2 1 (partial): low clinical risk band.",
      "NEWS2 incomplete: respirationRate, spo2, airOrOxygen, systolicBP, consciousness, temperature not provided; the partial total is a lower bound and gives no reassurance.",
      "NEWS2 is not validated under age 16 (use a paediatric early warning score).",
    ]);
  });

  it("adds the crisis pathway for self-harm flags", () => {
    const result = triage({ symptoms: ["I want to end my life"] });
    expect(result.reasons).toContain("Crisis pathway: in the US call or text 988; call 911 if in immediate danger.");
  });

  it("is deterministic", () => {
    const input = { symptoms: ["chest pian and cant breath", "no fever"], age: 70, vitals: { heartRate: 120 } };
    expect(runTriage(input)).toEqual(runTriage(structuredClone(input)));
  });
});

describe("Spanish lay phrasing (patients may write in Spanish)", () => {
  it.each([
    ["Tengo dolor de pecho que baja por el brazo izquierdo", "critical", "chest_pain"],
    ["no puedo respirar", "critical", "severe_breathing_difficulty"],
    ["quiero matarme", "critical", "suicidal_intent"],
    ["se me cierra la garganta", "critical", "anaphylaxis"],
  ])("%s → %s (%s)", (text, level, code) => {
    const r = runTriage({ symptoms: [text], age: 40 });
    expect(r.clinicalRiskLevel).toBe(level);
    expect(r.redFlags.map((f) => f.code)).toContain(code);
  });

  it("respects negation: 'No tengo dolor de pecho' raises nothing", () => {
    expect(runTriage({ symptoms: ["No tengo dolor de pecho, solo tos"], age: 40 }).redFlags).toEqual([]);
  });
});
