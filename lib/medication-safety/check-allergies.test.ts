import { describe, it, expect } from "vitest";
import { parseAllergy } from "./parse-allergy";
import { check } from "./test-helpers";
import type { TAllergyEntry } from "../schemas/medication-safety";

type Row = [allergy: TAllergyEntry, drug: string, expected: { id: string; kind: string; ruleId: string; risk: string; type: string; blocking: boolean } | null];

describe("allergy conflicts: direct and cross-reactivity (AAAAI/ACAAI 2022)", () => {
  const rows: Row[] = [
    ["penicillin", "amoxicillin", { id: "allergy:penicillin:amoxicillin", kind: "cross-reactivity", ruleId: "XR-01", risk: "high", type: "allergy", blocking: true }],
    ["PCN", "Augmentin", { id: "allergy:penicillin:amoxicillin/clavulanate", kind: "cross-reactivity", ruleId: "XR-01", risk: "high", type: "allergy", blocking: true }],
    ["amoxicillin (hives)", "amoxicillin", { id: "allergy:amoxicillin:amoxicillin", kind: "direct", ruleId: "direct", risk: "high (same drug)", type: "allergy", blocking: true }],
    ["Augmentin", "amoxicillin", { id: "allergy:amoxicillin/clavulanate:amoxicillin", kind: "direct", ruleId: "direct", risk: "high (same drug)", type: "allergy", blocking: true }],
    // penicillin -> cephalosporin: low risk, warn only (dissimilar side chain, non-severe history)
    ["penicillin", "cephalexin", { id: "allergy:penicillin:cephalexin", kind: "cross-reactivity", ruleId: "XR-02", risk: "low overall (~1-2% or less)", type: "allergy", blocking: false }],
    ["penicillin", "cefdinir", { id: "allergy:penicillin:cefdinir", kind: "cross-reactivity", ruleId: "XR-02", risk: "low overall (~1-2% or less)", type: "allergy", blocking: false }],
    // ...but a shared R1 side chain (amoxicillin/ampicillin -> cephalexin, cefadroxil) blocks
    ["amoxicillin (rash)", "cephalexin", { id: "allergy:amoxicillin:cephalexin", kind: "cross-reactivity", ruleId: "XR-02", risk: "low overall (~1-2% or less)", type: "allergy", blocking: true }],
    ["ampicillin", "Keflex", { id: "allergy:ampicillin:cephalexin", kind: "cross-reactivity", ruleId: "XR-02", risk: "low overall (~1-2% or less)", type: "allergy", blocking: true }],
    // ...and so does a severe reaction history
    ["penicillin (anaphylaxis)", "cefdinir", { id: "allergy:penicillin:cefdinir", kind: "cross-reactivity", ruleId: "XR-02", risk: "low overall (~1-2% or less)", type: "allergy", blocking: true }],
    ["penicillin", "meropenem", { id: "allergy:penicillin:meropenem", kind: "cross-reactivity", ruleId: "XR-03", risk: "<1%", type: "allergy", blocking: false }],
    ["penicillin", "aztreonam", null],
    ["penicillin", "azithromycin", null],
    ["PCN", "Zithromax Z-Pak", null],
    ["cephalexin", "amoxicillin", { id: "allergy:cephalexin:amoxicillin", kind: "cross-reactivity", ruleId: "XR-05", risk: "low unless shared side chain", type: "allergy", blocking: true }],
    ["cephalexin", "cefdinir", { id: "allergy:cephalexin:cefdinir", kind: "cross-reactivity", ruleId: "XR-L1", risk: "side-chain dependent (low when R1 side chains differ)", type: "allergy", blocking: false }],
    ["ceftazidime", "aztreonam", { id: "allergy:ceftazidime:aztreonam", kind: "cross-reactivity", ruleId: "XR-06", risk: "shared side chain - cross-reactive", type: "allergy", blocking: true }],
    // "sulfa" = sulfonamide antibiotic (XR-09); no cross-reactivity with non-antibiotics (Strom 2003)
    ["sulfa", "SMX-TMP", { id: "allergy:sulfa:sulfamethoxazole/trimethoprim", kind: "cross-reactivity", ruleId: "XR-07", risk: "high", type: "allergy", blocking: true }],
    ["sulfa", "Bactrim DS", { id: "allergy:sulfa:sulfamethoxazole/trimethoprim", kind: "cross-reactivity", ruleId: "XR-07", risk: "high", type: "allergy", blocking: true }],
    ["Bactrim", "trimethoprim", { id: "allergy:sulfamethoxazole/trimethoprim:trimethoprim", kind: "direct", ruleId: "direct", risk: "high (same drug)", type: "allergy", blocking: true }],
    ["sulfa", "furosemide", null],
    ["sulfa", "Lasix 40 mg", null],
    ["sulfa", "HCTZ", null],
    ["sulfa drugs", "glipizide", null],
    ["sulfa", "celecoxib", { id: "allergy:sulfa:celecoxib", kind: "cross-reactivity", ruleId: "XR-08", risk: "no meaningful cross-reactivity (excess reactions reflect general allergic predisposition)", type: "allergy", blocking: false }],
    ["sulfites", "SMX-TMP", null],
    ["aspirin", "ibuprofen", { id: "allergy:aspirin:ibuprofen", kind: "cross-reactivity", ruleId: "XR-10", risk: "high (class-level for respiratory/cutaneous cross-reactive reactions)", type: "allergy", blocking: true }],
    ["NSAIDs", "naproxen", { id: "allergy:nsaids:naproxen", kind: "cross-reactivity", ruleId: "XR-10", risk: "high (class-level for respiratory/cutaneous cross-reactive reactions)", type: "allergy", blocking: true }],
    ["aspirin", "acetaminophen", null],
    ["lisinopril (angioedema)", "enalapril", { id: "allergy:lisinopril:enalapril", kind: "cross-reactivity", ruleId: "XR-11", risk: "class effect (angioedema)", type: "allergy", blocking: true }],
    ["lisinopril (angioedema)", "Entresto", { id: "allergy:lisinopril:sacubitril/valsartan", kind: "cross-reactivity", ruleId: "XR-11", risk: "class effect (angioedema)", type: "allergy", blocking: true }],
    ["lisinopril (angioedema)", "losartan", { id: "allergy:lisinopril:losartan", kind: "cross-reactivity", ruleId: "XR-11B", risk: "low", type: "allergy", blocking: false }],
    ["Cipro", "levofloxacin", { id: "allergy:ciprofloxacin:levofloxacin", kind: "cross-reactivity", ruleId: "XR-12", risk: "class", type: "allergy", blocking: true }],
    ["erythromycin", "azithromycin", { id: "allergy:erythromycin:azithromycin", kind: "cross-reactivity", ruleId: "XR-13", risk: "class (label)", type: "allergy", blocking: true }],
    ["shellfish", "amoxicillin", null],
  ];
  it.each(rows)("%s -> %s", (allergy, drug, expected) => {
    const r = check({ proposed: [drug], allergies: [allergy] });
    const got = r.allergyConflicts.map(({ id, kind, ruleId, risk, type, blocking }) => ({ id, kind, ruleId, risk, type, blocking }));
    expect(got).toEqual(expected ? [expected] : []);
    expect(r.blocked).toBe(expected?.blocking ?? false);
    expect(r.incompleteChecks).toEqual([]);
  });
});

describe("allergy vs intolerance", () => {
  it.each<[TAllergyEntry, string, string, boolean]>([
    ["amoxicillin (upset stomach)", "amoxicillin", "intolerance", false],
    ["codeine - nausea", "codeine", "intolerance", false],
    [{ substance: "amoxicillin", type: "intolerance" }, "amoxicillin", "intolerance", false],
    [{ substance: "amoxicillin", reaction: "diarrhea" }, "amoxicillin", "intolerance", false],
    [{ substance: "amoxicillin", type: "allergy", reaction: "nausea" }, "amoxicillin", "allergy", true],
    [{ substance: "amoxicillin", reaction: "rash" }, "amoxicillin", "allergy", true],
    // intolerance to one penicillin: class rule downgraded to a warning
    ["penicillin (nausea)", "amoxicillin", "intolerance", false],
  ])("%j with %s -> %s, blocking %s", (allergy, drug, type, blocking) => {
    const r = check({ proposed: [drug], allergies: [allergy] });
    expect(r.allergyConflicts.map((c) => [c.type, c.blocking])).toEqual([[type, blocking]]);
    expect(r.blocked).toBe(blocking);
    // intolerance alone needs no override
    expect(r.requiresOverride).toBe(blocking || type === "allergy");
  });

  it("treats an 'intolerance' with a severe reaction as an allergy and says so", () => {
    const r = check({ proposed: ["amoxicillin"], allergies: [{ substance: "amoxicillin", reaction: "anaphylaxis", type: "intolerance" }] });
    expect(r.allergyConflicts.map((c) => [c.type, c.blocking])).toEqual([["allergy", true]]);
    expect(r.warnings.map((w) => w.code)).toEqual(["ALLERGY_TYPE_CONFLICT"]);
  });

  it("does not block an opioid intolerance cross-class, but still tells the prescriber", () => {
    const r = check({ proposed: ["oxycodone"], allergies: ["codeine (nausea)"] });
    expect(r.allergyConflicts.map((c) => [c.ruleId, c.type, c.blocking])).toEqual([["XR-18", "intolerance", false]]);
  });
});

describe("parseAllergy: free text", () => {
  it.each<[TAllergyEntry, Partial<ReturnType<typeof parseAllergy>>]>([
    ["amoxicillin (hives)", { label: "amoxicillin", reaction: "hives", type: "allergy", severe: true, status: "drug" }],
    ["Penicillin - rash", { label: "penicillin", reaction: "rash", type: "allergy", severe: false, status: "drug", classIds: ["penicillins"] }],
    ["allergic to sulfa: itching", { label: "sulfa", reaction: "itching", status: "drug", classIds: ["sulfonamide_antibiotics"] }],
    ["PCN", { label: "penicillin", status: "drug", classIds: ["penicillins"] }],
    ["penicillin hives", { label: "penicillin", status: "drug", severe: true }],
    ["NKDA", { status: "none" }],
    ["No known drug allergies", { status: "none" }],
    ["latex", { status: "non-drug" }],
    ["sulfites", { status: "non-drug" }],
    ["xyzzy", { status: "unrecognised", label: "xyzzy" }],
    ["often sick (headache)", { type: "intolerance", severe: false }],
  ])("%j", (entry, expected) => {
    expect(parseAllergy(entry)).toMatchObject(expected);
  });

  it("NKDA means no allergies: nothing to check, nothing incomplete", () => {
    const r = check({ proposed: ["amoxicillin"], allergies: ["NKDA"] });
    expect([r.allergyConflicts, r.incompleteChecks, r.requiresOverride]).toEqual([[], [], false]);
  });

  it("an unrecognised allergy entry makes the allergy check incomplete (fail safe)", () => {
    const r = check({ proposed: ["amoxicillin"], allergies: ["xyzzy"] });
    expect(r.incompleteChecks).toEqual([
      { check: "allergies", reason: "UNRECOGNISED_ALLERGEN", message: 'Allergy "xyzzy" is not a recognised drug or drug class; check it by hand.' },
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(["CHECK_INCOMPLETE"]);
    expect([r.blocked, r.requiresOverride, r.checksPerformed.allergies]).toEqual([false, true, true]);
  });
});
