import { describe, expect, it } from "vitest";
import { findRedFlags, type TFlagContext } from "./find-red-flags";

const ADULT: TFlagContext = { ageYears: 40, pregnant: false, immunosuppressed: false, measuredFever: false, severeHypertension: false };

function codes(text: string | string[], context: Partial<TFlagContext> = {}): string[] {
  const symptoms = Array.isArray(text) ? text : [text];
  return findRedFlags(symptoms, { ...ADULT, ...context }).map((flag) => flag.code);
}

describe("every red-flag category, in lay language", () => {
  it.each([
    ["I have chest pain", "chest_pain"],
    ["feels like an elephant on my chest", "chest_pain"],
    ["tightness in my chest since lunch", "chest_pain"],
    ["pain going down my left arm", "cardiac_radiating_pain"],
    ["my face is drooping on the left", "stroke_face_droop"],
    ["she has a crooked smile all of a sudden", "stroke_face_droop"],
    ["I can't lift my arm", "stroke_arm_weakness"],
    ["slurred speech since breakfast", "stroke_speech"],
    ["my words coming out wrong", "stroke_speech"],
    ["I think I'm having a stroke", "stroke_suspected"],
    ["worst headache of my life", "thunderclap_headache"],
    ["sudden severe headache like a thunderclap", "thunderclap_headache"],
    ["I can't breathe", "severe_breathing_difficulty"],
    ["my lips are blue", "severe_breathing_difficulty"],
    ["I can't catch my breath", "shortness_of_breath"],
    ["short of breath climbing stairs", "shortness_of_breath"],
    ["my throat is closing up", "anaphylaxis"],
    ["tongue swelling after peanuts", "anaphylaxis"],
    ["I want to kill myself", "suicidal_intent"],
    ["I want to end my life", "suicidal_intent"],
    ["took all my pills", "suicidal_intent"],
    ["I feel like everyone would be better off dead without me", "suicidal_ideation"],
    ["no reason to live anymore", "suicidal_ideation"],
    ["my husband is unresponsive", "unresponsive"],
    ["I can't wake him up", "unresponsive"],
    ["I passed out at work", "syncope"],
    ["she had a seizure this morning", "seizure"],
    ["he is convulsing", "seizure"],
    ["cut my hand and the bleeding won't stop", "severe_bleeding"],
    ["I cannot stop bleeding", "severe_bleeding"],
    ["throwing up blood", "gi_bleeding"],
    ["black tarry stool", "gi_bleeding"],
    ["coughing up blood", "coughing_blood"],
    ["a rash that doesn't fade when pressed", "meningitis_signs"],
    ["mottled skin and shivering uncontrollably", "sepsis_signs"],
    ["sudden testicle pain", "testicular_torsion"],
    ["saddle numbness and back pain", "saddle_anaesthesia"],
    ["fruity breath and vomiting", "dka_or_dehydration"],
    ["chest pain and short of breath after flight", "possible_pe"],
    ["my calf is swollen and painful", "possible_dvt"],
  ])("%s → %s", (text, code) => {
    expect(codes(text)).toContain(code);
  });
});

describe("misspellings", () => {
  it.each([
    ["chest pian", "chest_pain", false],
    ["chset pain", "chest_pain", false],
    ["shortness of breth", "shortness_of_breath", false],
    ["shortness of breaht", "shortness_of_breath", true],
    ["shortnes of breath", "shortness_of_breath", false],
    ["seizur", "seizure", false],
    ["siezure last night", "seizure", false],
    ["worst hedache of my life", "thunderclap_headache", false],
    ["slured speach", "stroke_speech", false],
    ["face droopng", "stroke_face_droop", true],
    ["throat closeing", "anaphylaxis", true],
    ["hart attak", "chest_pain", false],
    ["heart atack", "chest_pain", false],
    ["he is unconcious", "unresponsive", false],
    ["feeling suicidle", "suicidal_ideation", false],
    ["vomitting blood", "gi_bleeding", false],
    ["difficulty breatihng", "shortness_of_breath", true],
  ])("%s → %s (fuzzy=%s)", (text, code, fuzzy) => {
    const flag = findRedFlags([text], ADULT).find((f) => f.code === code);
    expect(flag?.code).toBe(code);
    expect(flag?.fuzzy).toBe(fuzzy);
  });

  it.each([
    "I was cooking dinner and sitting all day",
    "I've been backed up and constipated",
    "trouble bathing since my knee surgery",
    "I blocked out the noise and went to sleep",
    "trouble taking my pills on time",
    "new contusion on my shin",
    "I play chess and have a cheat sheet",
    "I heard a ringing in my ears",
    "fitting room made me anxious",
    "walking with a limp after a sprain",
    "I hurt myself lifting boxes",
    "I cut myself shaving",
    "my antibiotics are not responding, I mean not working",
    "I'm not responsible for my mother's care anymore",
    "I feel I'm not worth loving",
    "need a refill of my seizure medication",
    "strike that, I meant my elbow",
    "sneezing and a runny nose",
    "shaking hands when I drink coffee",
    "mild headache and a stuffy nose",
    "sore throat and cough for three days",
  ])("ordinary text raises nothing: %s", (text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe("evidence", () => {
  it("cites the exact span, symptom index and offsets", () => {
    const symptoms = ["Headache since Monday", "Also some CHEST PAIN when I walk"];
    const [flag] = findRedFlags(symptoms, ADULT);
    expect(flag).toEqual({
      code: "chest_pain",
      label: "Chest pain or pressure",
      category: "acs_chest_pain",
      categoryLabel: "Possible heart attack / acute coronary syndrome",
      severity: "critical",
      certainty: "affirmed",
      fuzzy: false,
      evidence: { text: "CHEST PAIN", symptomIndex: 1, start: 10, end: 20 },
    });
  });

  it("keeps curly apostrophes and cites the original characters", () => {
    const [flag] = findRedFlags(["I can’t breathe"], ADULT);
    expect(flag.code).toBe("severe_breathing_difficulty");
    expect(flag.evidence).toEqual({ text: "can’t breathe", symptomIndex: 0, start: 2, end: 15 });
  });

  it("lists each code once, most severe first, and drops a mention inside a longer one", () => {
    expect(codes(["short of breath at rest", "chest pain", "chest pain again"])).toEqual([
      "chest_pain",
      "severe_breathing_difficulty",
    ]);
  });

  it("does not match across a sentence break or a comma", () => {
    expect(codes("my chest. pain in my leg")).toEqual([]);
    expect(codes("chest, pain")).toEqual([]);
  });
});

describe("conditional flags", () => {
  it.each([
    ["vaginal bleeding", { pregnant: true }, ["obstetric_bleeding"]],
    ["vaginal bleeding", { pregnant: false }, []],
    ["cramping in my lower belly", { pregnant: true }, ["obstetric_abdominal_pain"]],
    ["severe abdominal pain", { pregnant: true }, ["obstetric_severe_abdominal_pain"]],
    ["severe abdominal pain", { pregnant: false }, ["severe_abdominal_pain"]],
    ["the baby stopped moving", { pregnant: true }, ["reduced_fetal_movement"]],
    ["blurry vision", { pregnant: true }, ["obstetric_warning_sign"]],
    ["fever", { ageYears: 0.1 }, ["infant_fever"]],
    ["fever", { ageYears: 0.3 }, []],
    ["fever and chills", { immunosuppressed: true }, ["febrile_immunosuppressed"]],
    ["fever", { pregnant: true }, ["fever_in_pregnancy"]],
    ["fever", { ageYears: 70 }, ["fever_older_adult"]],
    ["fever", {}, []],
    ["stiff neck", { measuredFever: true }, ["stiff_neck_with_fever"]],
    [["stiff neck", "fever since yesterday"], {}, ["stiff_neck_with_fever"]],
    ["stiff neck", {}, []],
    ["my baby is floppy", { ageYears: 1 }, ["floppy_child"]],
    ["no wet diapers since morning", { ageYears: 1 }, ["pediatric_danger_sign"]],
    ["won't eat or drink", { ageYears: 30 }, []],
    ["belly pain", { ageYears: 70 }, ["abdominal_pain_older_adult"]],
    ["belly pain", { ageYears: 40 }, []],
    ["I had a fall in the bathroom", { ageYears: 80 }, ["fall_older_adult"]],
    ["headache", { severeHypertension: true }, ["hypertensive_emergency_symptom"]],
    ["headache", {}, []],
    ["hit my head, I'm on warfarin", {}, ["head_injury_on_anticoagulant"]],
    ["hit my head and threw up twice", {}, ["head_injury_with_red_flags"]],
    ["hit my head on a cupboard", {}, ["head_injury"]],
    ["lost control of my bladder and lower back pain", {}, ["back_pain_with_neuro_deficit"]],
    ["lost control of my bladder", {}, []],
    ["swollen leg and short of breath", {}, ["leg_swelling_with_breathlessness", "shortness_of_breath"]],
  ] as const)("%s with %o → %o", (text, context, expected) => {
    expect(codes(text as string | string[], context)).toEqual(expected);
  });

  it.each([
    ["passed out", 64, "high"],
    ["passed out", 65, "critical"],
    ["hit my head", 40, "moderate"],
    ["hit my head", 80, "high"],
    ["severe abdominal pain", 80, "critical"],
  ] as const)("%s at age %d → severity %s (older-adult raise)", (text, age, severity) => {
    expect(findRedFlags([text], { ...ADULT, ageYears: age })[0].severity).toBe(severity);
  });
});
