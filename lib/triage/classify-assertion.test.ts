import { describe, expect, it } from "vitest";
import { classifyAssertion, findTriggers } from "./classify-assertion";
import { LEXICON } from "./compile-lexicon";
import { findPhraseMatches } from "./find-phrase-matches";
import { findRedFlags } from "./find-red-flags";
import { tokenizeText } from "./tokenize-text";

const ADULT = { ageYears: 40, pregnant: false, immunosuppressed: false, measuredFever: false, severeHypertension: false };

function codes(...symptoms: string[]): string[] {
  return findRedFlags(symptoms, ADULT).map((flag) => flag.code);
}

/** Assertion status of the first lexicon match of `group` in `text`. */
function statusOf(text: string, group: string) {
  const tokens = tokenizeText(text, LEXICON.variants);
  const match = findPhraseMatches(tokens, LEXICON).find((m) => m.group === group);
  if (!match) throw new Error(`no '${group}' match in '${text}'`);
  return classifyAssertion(tokens, findTriggers(tokens, LEXICON), match, LEXICON);
}

describe("assertion status (NegEx + ConText)", () => {
  it.each([
    ["no chest pain", "negated"],
    ["denies chest pain", "negated"],
    ["I don't have chest pain", "negated"],
    ["I dont have any chest pain", "negated"],
    ["without chest pain", "negated"],
    ["no fever, chills, or chest pain", "negated"],
    ["denies fever, cough, body aches or chest pain", "negated"],
    ["chest pain is gone now", "negated"],
    ["chest pain went away", "negated"],
    ["chest pain has resolved", "negated"],
    ["heart attack was ruled out", "negated"],
    ["never had chest pain", "negated"],
    ["had chest pain last year", "historical"],
    ["chest pain 3 years ago", "historical"],
    ["history of chest pain", "historical"],
    ["chest pain in 2019", "historical"],
    ["my mother had chest pain", "family"],
    ["family history of chest pain", "family"],
    ["if I get chest pain should I go to the ER", "hypothetical"],
    ["what should I do in case of chest pain", "hypothetical"],
    ["aspirin to prevent a heart attack", "hypothetical"],
    ["I'm not sure if it's chest pain or heartburn", "possible"],
    ["maybe chest pain", "possible"],
    ["chest pain", "affirmed"],
    ["not only chest pain but also sweating", "affirmed"],
    ["no change in my chest pain", "affirmed"],
    ["chest pain that won't go away", "affirmed"],
    ["if I walk I get chest pain", "affirmed"],
    ["if I climb stairs, chest pain starts", "affirmed"],
    ["no fever, I have chest pain", "affirmed"],
    ["no fever but chest pain", "affirmed"],
    ["history of asthma, chest pain since this morning", "affirmed"],
    ["had chest pain last year and now chest pain again", "historical"],
    ["I've had chest pain since last year", "affirmed"],
    ["my mother had a stroke and I have chest pain", "affirmed"],
    ["not feeling well and chest pain", "affirmed"],
    ["I avoid stairs because of chest pain", "affirmed"],
  ])("%s → %s", (text, status) => {
    expect(statusOf(text, "chest_pain")).toBe(status);
  });
});

describe("negation traps through findRedFlags", () => {
  it.each([
    [["no chest pain"], []],
    [["no chest pain but I can't catch my breath"], ["shortness_of_breath"]],
    [["No chest pain. However I can't catch my breath"], ["shortness_of_breath"]],
    [["chest pain but no shortness of breath"], ["chest_pain"]],
    [["denies chest pain, shortness of breath, or dizziness"], []],
    [["my mother had a stroke"], []],
    [["my dad had a heart attack at 50"], []],
    [["family history of stroke and seizures"], []],
    [["if I get chest pain what should I do?"], []],
    [["had chest pain last year"], []],
    [["history of seizures, none in years"], []],
    [["I had a seizure in 2015"], []],
    [["my son had a seizure this morning"], ["seizure"]],
    [["my dad is unresponsive"], ["unresponsive"]],
    [["can't breathe"], ["severe_breathing_difficulty"]],
    [["I cannot stop bleeding"], ["severe_bleeding"]],
    [["bleeding won't stop"], ["severe_bleeding"]],
    [["can't wake him up"], ["unresponsive"]],
    [["he isn't breathing"], ["unresponsive"]],
    [["no reason to live"], ["suicidal_ideation"]],
    [["I don't want to live anymore"], ["suicidal_ideation"]],
    [["no thoughts of hurting myself"], []],
    [["not suicidal"], []],
    [["never had a headache like this"], ["thunderclap_headache"]],
    [["I'm not sure if my face is drooping"], ["stroke_face_droop"]],
    [["no chest pain", "chest pain started an hour ago"], ["chest_pain"]],
    [["Chest pain? No."], []],
    [["Shortness of breath? no. Chest pain: none. Fever? yes"], []],
    [["chest pain - no, seizure - no"], []],
    [["Chest pain? No idea why it started"], ["chest_pain"]],
    [["Chest pain? Yes"], ["chest_pain"]],
  ])("%o → %o", (symptoms, expected) => {
    expect(codes(...symptoms)).toEqual(expected);
  });

  it("marks hedged findings as possible", () => {
    const [flag] = findRedFlags(["I'm not sure if my face is drooping"], ADULT);
    expect(flag.certainty).toBe("possible");
  });

  it("prefers an affirmed mention over a hedged one for the same code", () => {
    const [flag] = findRedFlags(["maybe chest pain", "definitely chest pain now"], ADULT);
    expect(flag.certainty).toBe("affirmed");
    expect(flag.evidence.symptomIndex).toBe(1);
  });
});

describe("trigger scanning", () => {
  it("matches the longest trigger and lets pseudo-negations consume their words", () => {
    const kinds = (text: string) =>
      findTriggers(tokenizeText(text, LEXICON.variants), LEXICON).map((hit) => [hit.start, hit.end, [...hit.kinds].sort()]);
    expect(kinds("not only this")).toEqual([[0, 2, ["pseudo"]]]);
    expect(kinds("no chest pain but")).toEqual([[0, 1, ["negPre"]], [3, 4, ["term"]]]);
    expect(kinds("back in 2019")).toEqual([[0, 3, ["histPre"]]]);
    expect(kinds("I'm not having")).toEqual([[0, 3, ["negPre"]]]);
  });
});
