import { describe, it, expect } from "vitest";
import { checkMedicationSafety } from "./check-medication-safety";
import { RULE_SET_VERSION } from "./rule-set-version";
import { ADULT, check } from "./test-helpers";
import { ZMedicationSafetyCheckResult, type TMedicationSafetyCheckInput } from "../schemas/medication-safety";

describe("safe combinations are not blocked", () => {
  it.each<[string, Partial<TMedicationSafetyCheckInput> & Pick<TMedicationSafetyCheckInput, "proposed">]>([
    ["amoxicillin + paracetamol, no allergies", { proposed: ["amoxicillin 500 mg", "paracetamol 500 mg"], allergies: [] }],
    ["amoxicillin + acetaminophen with doses, NKDA", {
      proposed: [{ name: "amoxicillin", doseMg: 500, frequencyPerDay: 3 }, { name: "acetaminophen", doseMg: 1000, frequencyPerDay: 4 }],
      allergies: ["NKDA"],
    }],
    ["azithromycin for a penicillin-allergic patient", { proposed: ["azithromycin"], allergies: ["penicillin (hives)"] }],
    ["furosemide for a sulfa-allergic patient", { proposed: ["furosemide"], allergies: ["sulfa"] }],
    ["lisinopril + amlodipine + metformin", { proposed: ["lisinopril"], current: ["amlodipine", "metformin"] }],
    ["non-interruptive: Tylenol with warfarin", { proposed: ["Tylenol"], current: ["warfarin"] }],
    ["non-interruptive: omeprazole with diazepam", { proposed: ["omeprazole"], current: ["diazepam"] }],
  ])("%s", (_label, partial) => {
    const r = check(partial);
    expect(r.blocked).toBe(false);
    expect(r.requiresOverride).toBe(false);
    expect(r.blockingFindingIds).toEqual([]);
    expect(r.allergyConflicts).toEqual([]);
    expect(r.unknownDrugs).toEqual([]);
    expect(r.incompleteChecks).toEqual([]);
    expect(r.checksPerformed).toEqual({ interactions: true, allergies: true, doses: true, duplicates: true });
  });
});

describe("blocking and acknowledgement ids", () => {
  it("lists one stable id per blocking finding across checks", () => {
    const r = check({
      proposed: ["clarithromycin", { name: "acetaminophen", doseMg: 1500, frequencyPerDay: 2 }, "amoxicillin"],
      current: ["Zocor 20 mg"],
      allergies: ["PCN (hives)"],
    });
    expect(r.blocked).toBe(true);
    expect(r.blockingFindingIds).toEqual([
      "ddi:simvastatin+clarithromycin",
      "allergy:penicillin:amoxicillin",
      "dose:acetaminophen:DOSE_ABOVE_MAX_PER_DOSE",
    ]);
  });

  it("a duplicate of a blocking class (two anticoagulants) blocks; two ACE inhibitors do not", () => {
    const anticoag = check({ proposed: ["Eliquis"], current: ["warfarin"] });
    expect(anticoag.duplicateTherapy.map((d) => [d.id, d.drugs, d.blocking])).toEqual([["dup:anticoagulants_oral", ["apixaban", "warfarin"], true]]);
    expect(anticoag.blockingFindingIds).toEqual(["dup:anticoagulants_oral"]);
    const ace = check({ proposed: ["lisinopril", "enalapril"] });
    expect(ace.duplicateTherapy.map((d) => [d.id, d.drugs, d.blocking])).toEqual([["dup:ace_inhibitors", ["lisinopril", "enalapril"], false]]);
    expect(ace.blocked).toBe(false);
  });
});

describe("duplicate therapy", () => {
  it.each<[string, string[], string[], [string, string[]][]]>([
    ["two NSAIDs (brand + generic)", ["naproxen"], ["Advil"], [["dup:nsaids", ["naproxen", "ibuprofen"]]]],
    ["two SSRIs", ["fluoxetine"], ["Zoloft"], [["dup:serotonergic_antidepressants", ["fluoxetine", "sertraline"]]]],
    ["same ingredient in two products", ["Percocet"], ["Tylenol"], [["dup:same-ingredient:acetaminophen", ["oxycodone/acetaminophen", "acetaminophen"]]]],
    ["low-dose aspirin + NSAID is not a duplicate NSAID", ["ibuprofen"], ["aspirin 81 mg"], []],
    ["one combination product is not a duplicate of itself", ["Adderall XR"], [], []],
    ["two current NSAIDs are not re-litigated", ["amoxicillin"], ["ibuprofen", "naproxen"], []],
  ])("%s", (_label, proposed, current, expected) => {
    expect(check({ proposed, current }).duplicateTherapy.map((d) => [d.id, d.drugs])).toEqual(expected);
  });
});

describe("unknown drugs are never silently safe", () => {
  it("reports each unknown entry and requires override", () => {
    const r = check({ proposed: ["amoxicillin", "flurazepam"], current: ["grandma's heart pill", "none"] });
    expect(r.unknownDrugs).toEqual(["flurazepam", "grandma's heart pill"]);
    expect(r.warnings.filter((w) => w.code === "UNKNOWN_DRUG").map((w) => w.drug)).toEqual(["flurazepam", "grandma's heart pill"]);
    expect([r.blocked, r.requiresOverride]).toEqual([false, true]);
    expect(r.normalized.current.map((m) => m.input)).toEqual(["grandma's heart pill"]); // "none" is skipped
  });

  it("reports spelling corrections so the prescriber can confirm them", () => {
    const r = check({ proposed: ["amoxicilin"] });
    expect(r.normalized.proposed[0]).toMatchObject({ name: "amoxicillin", matchedBy: "spelling", correctedFrom: "amoxicilin" });
    expect(r.warnings).toEqual([{ code: "SPELLING_CORRECTED", drug: "amoxicillin", message: '"amoxicilin" was read as amoxicillin; confirm the drug.' }]);
  });
});

describe("result contract", () => {
  const input: TMedicationSafetyCheckInput = {
    proposed: [{ name: "ibuprofen", doseMg: 400, frequencyPerDay: 3, route: "oral", durationDays: 5 }, "clarithromycin"],
    current: ["Coumadin 5 mg", "Zocor 40 mg", "mystery"],
    allergies: ["PCN (hives)", { substance: "codeine", reaction: "nausea" }, "xyzzy"],
    patient: { age: 70, weightKg: 60, sex: "female", serumCreatinine: 1.2 },
  };

  it("matches ZMedicationSafetyCheckResult exactly (strict)", () => {
    expect(ZMedicationSafetyCheckResult.safeParse(checkMedicationSafety(input)).success).toBe(true);
    expect(ZMedicationSafetyCheckResult.safeParse(check({ proposed: ["Bactrim DS", "vitamin d"], allergies: ["sulfa"] })).success).toBe(true);
  });

  it("is deterministic and does not mutate its input", () => {
    const frozen = structuredClone(input);
    const a = checkMedicationSafety(input);
    a.normalized.proposed[0].ingredients[0].name = "tampered"; // results must not share memoised state
    const b = checkMedicationSafety(input);
    expect(b.normalized.proposed[0].ingredients[0].name).toBe("ibuprofen");
    expect(input).toEqual(frozen);
    a.normalized.proposed[0].ingredients[0].name = "ibuprofen";
    expect(b).toEqual(a);
  });

  it("carries the structured order into normalized and a versioned rule set", () => {
    const r = checkMedicationSafety(input);
    expect(r.normalized.proposed[0]).toEqual({
      input: "ibuprofen", name: "ibuprofen", known: true, matchedBy: "generic",
      ingredients: [{ name: "ibuprofen", rxcui: 5640 }], classes: ["NSAIDs", "Non-selective NSAIDs"],
      doseMg: 400, frequencyPerDay: 3, route: "oral", durationDays: 5,
    });
    expect(r.ruleSetVersion).toBe(RULE_SET_VERSION);
    expect(r.ruleSetVersion).toMatch(/^medication-safety\/1\.0\.0\+data\.[0-9a-f]{8}$/);
    expect(r.renalFunction).toEqual({ creatinineClearance: 41.3, method: "cockcroft-gault" });
  });

  it("defaults fit the simplest caller", () => {
    const r = checkMedicationSafety({ proposed: ["amoxicillin"], current: [], allergies: [], patient: ADULT });
    expect(r).toMatchObject({ blocked: false, requiresOverride: false, interactions: [], doseIssues: [], warnings: [] });
  });
});
