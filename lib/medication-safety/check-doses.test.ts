import { describe, it, expect } from "vitest";
import { cockcroftGault, resolveCreatinineClearance } from "./creatinine-clearance";
import { check } from "./test-helpers";
import type { TMedicationEntry, TPatient } from "../schemas/medication-safety";

const summary = (proposed: TMedicationEntry[], patient: TPatient) => {
  const r = check({ proposed, patient });
  return r.doseIssues.map((d) => [d.code, d.severity, d.blocking, d.limit?.value ?? null, d.actual?.value ?? null]);
};

describe("Cockcroft-Gault (Cockcroft & Gault, Nephron 1976)", () => {
  it.each<[string, Parameters<typeof cockcroftGault>[0], number]>([
    // (140 - 30) x 70 / (72 x 1.0) = 7700 / 72
    ["male 30 y, 70 kg, SCr 1.0", { age: 30, weightKg: 70, serumCreatinine: 1, sex: "male" }, 7700 / 72],
    // (140 - 80) x 60 / (72 x 1.2) x 0.85 = 3600 / 86.4 x 0.85
    ["female 80 y, 60 kg, SCr 1.2", { age: 80, weightKg: 60, serumCreatinine: 1.2, sex: "female" }, (3600 / 86.4) * 0.85],
    // sex unknown: female factor applied (conservative)
    ["unknown sex 50 y, 80 kg, SCr 2.0", { age: 50, weightKg: 80, serumCreatinine: 2, sex: "unknown" }, 42.5],
    ["age above 140 never goes negative", { age: 141, weightKg: 50, serumCreatinine: 1, sex: "male" }, 0],
  ])("%s", (_label, p, expected) => {
    expect(cockcroftGault(p)).toBeCloseTo(expected, 10);
  });

  it("rounds to 0.1 mL/min and prefers a reported CrCl", () => {
    expect(resolveCreatinineClearance({ age: 30, weightKg: 70, serumCreatinine: 1, sex: "male" })).toMatchObject({ creatinineClearance: 106.9, method: "cockcroft-gault" });
    expect(resolveCreatinineClearance({ age: 80, weightKg: 60, serumCreatinine: 1.2, sex: "female" }).creatinineClearance).toBe(35.4);
    expect(resolveCreatinineClearance({ age: 80, weightKg: 60, serumCreatinine: 1.2, creatinineClearance: 55 })).toMatchObject({ creatinineClearance: 55, method: "reported" });
  });

  it("is unavailable without weight or SCr, and under 18 (not validated in children)", () => {
    expect(resolveCreatinineClearance({ age: 50, serumCreatinine: 1 }).method).toBe("unavailable");
    expect(resolveCreatinineClearance({ age: 50, weightKg: 70 }).note).toBe("creatinine clearance unknown (missing serum creatinine)");
    expect(resolveCreatinineClearance({ age: 10, weightKg: 30, serumCreatinine: 0.5 }).note).toBe(
      "creatinine clearance unknown (Cockcroft-Gault is not used under 18 years)",
    );
  });
});

describe("per-dose and daily maximums (adults)", () => {
  const adult: TPatient = { age: 40, weightKg: 70, sex: "male", creatinineClearance: 90 };
  it.each<[string, TMedicationEntry, unknown[]]>([
    ["acetaminophen 1000 mg x4 = 4000 mg/day: at the limit", { name: "Tylenol", doseMg: 1000, frequencyPerDay: 4 }, []],
    ["acetaminophen 1000 mg x5", { name: "Tylenol", doseMg: 1000, frequencyPerDay: 5 }, [["DOSE_ABOVE_MAX_PER_DAY", "critical", true, 4000, 5000]]],
    ["acetaminophen 1500 mg x4", { name: "acetaminophen", doseMg: 1500, frequencyPerDay: 4 }, [
      ["DOSE_ABOVE_MAX_PER_DAY", "critical", true, 4000, 6000],
      ["DOSE_ABOVE_MAX_PER_DOSE", "critical", true, 1000, 1500],
    ]],
    ["ibuprofen 800 mg x4 = 3200 (Rx max)", { name: "ibuprofen", doseMg: 800, frequencyPerDay: 4 }, []],
    ["ibuprofen 800 mg x5", { name: "Motrin", doseMg: 800, frequencyPerDay: 5 }, [["DOSE_ABOVE_MAX_PER_DAY", "critical", true, 3200, 4000]]],
    ["ibuprofen 1200 mg x1", { name: "ibuprofen", doseMg: 1200, frequencyPerDay: 1 }, [["DOSE_ABOVE_MAX_PER_DOSE", "critical", true, 800, 1200]]],
    ["naproxen 750 mg x2 = 1500", { name: "naproxen", doseMg: 750, frequencyPerDay: 2 }, []],
    ["naproxen 1000 mg x2", { name: "Aleve", doseMg: 1000, frequencyPerDay: 2 }, [["DOSE_ABOVE_MAX_PER_DAY", "critical", true, 1500, 2000]]],
  ])("%s", (_label, entry, expected) => {
    expect(summary([entry], adult)).toEqual(expected);
  });

  it("says when a dose was not checked (no dose, no frequency, combination product)", () => {
    const r = check({ proposed: ["ibuprofen", { name: "acetaminophen", doseMg: 500 }, { name: "Percocet", doseMg: 325, frequencyPerDay: 4 }] });
    expect(r.warnings.map((w) => [w.code, w.drug])).toEqual([
      ["DOSE_NOT_CHECKED", "ibuprofen"],
      ["DOSE_NOT_CHECKED", "acetaminophen"],
      ["DOSE_NOT_CHECKED", "oxycodone/acetaminophen"],
    ]);
    // Missing order data is a note, not a gap in patient data: no override for it alone.
    expect([r.blocked, r.requiresOverride]).toEqual([false, false]);
    expect(r.duplicateTherapy.map((d) => d.id)).toEqual(["dup:same-ingredient:acetaminophen"]);
  });
});

describe("paediatric weight-based dosing (mg/kg)", () => {
  it.each<[string, TMedicationEntry, TPatient, unknown[]]>([
    // 15 mg/kg x 20 kg = 300 mg/dose; 75 mg/kg/day x 20 kg = 1500 mg/day; max 5 doses/day
    ["acetaminophen 300 mg x4 for 20 kg", { name: "acetaminophen", doseMg: 300, frequencyPerDay: 4 }, { age: 6, weightKg: 20 }, []],
    ["acetaminophen 320 mg x5 for 20 kg", { name: "acetaminophen", doseMg: 320, frequencyPerDay: 5 }, { age: 6, weightKg: 20 }, [
      ["DOSE_ABOVE_MAX_PER_DAY", "critical", true, 1500, 1600],
      ["DOSE_ABOVE_MAX_PER_DOSE", "critical", true, 300, 320],
    ]],
    ["acetaminophen 250 mg x6 for 20 kg", { name: "acetaminophen", doseMg: 250, frequencyPerDay: 6 }, { age: 6, weightKg: 20 }, [
      ["DOSES_PER_DAY_ABOVE_MAX", "critical", true, 5, 6],
    ]],
    // never above the adult maximum: 15 mg/kg x 90 kg = 1350 > 1000
    ["acetaminophen 1200 mg for a 90 kg 16-year-old", { name: "acetaminophen", doseMg: 1200, frequencyPerDay: 3 }, { age: 16, weightKg: 90 }, [
      ["DOSE_ABOVE_MAX_PER_DOSE", "critical", true, 1000, 1200],
    ]],
    // 90 mg/kg/day x 15 kg = 1350 mg/day
    ["amoxicillin 450 mg x3 for 15 kg", { name: "amoxicillin", doseMg: 450, frequencyPerDay: 3 }, { age: 3, weightKg: 15, creatinineClearance: 100 }, []],
    ["amoxicillin 500 mg x3 for 15 kg", { name: "amoxicillin", doseMg: 500, frequencyPerDay: 3 }, { age: 3, weightKg: 15, creatinineClearance: 100 }, [
      ["DOSE_ABOVE_MAX_PER_DAY", "critical", true, 1350, 1500],
    ]],
    // 10 mg/kg x 6 kg = 60 mg; but not labelled under 6 months
    ["ibuprofen in a 4-month-old", { name: "ibuprofen", doseMg: 50, frequencyPerDay: 3 }, { age: 4 / 12, weightKg: 6, creatinineClearance: 80 }, [
      ["BELOW_MINIMUM_AGE", "critical", true, 0.5, 4 / 12],
    ]],
  ])("%s", (_label, entry, patient, expected) => {
    expect(summary([entry], patient)).toEqual(expected);
  });

  it("without a weight the paediatric check is incomplete (requires override)", () => {
    const r = check({ proposed: [{ name: "acetaminophen", doseMg: 300, frequencyPerDay: 4 }], patient: { age: 6 } });
    expect(r.incompleteChecks).toEqual([
      { check: "doses", reason: "MISSING_WEIGHT", drug: "acetaminophen", message: "acetaminophen: paediatric dosing is weight-based (mg/kg) and no weight was given." },
    ]);
    expect([r.blocked, r.requiresOverride]).toEqual([false, true]);
  });
});

describe("renal adjustment from creatinine clearance", () => {
  const renal = (crcl: number): TPatient => ({ age: 60, weightKg: 70, sex: "male", creatinineClearance: crcl });
  it.each<[string, TMedicationEntry, TPatient, unknown[]]>([
    ["metformin at CrCl 50", "metformin", renal(50), []],
    ["metformin at CrCl 40: starting not recommended", "metformin", renal(40), [["RENAL_DOSE_ADJUSTMENT", "major", false, 45, 40]]],
    ["metformin at CrCl 25: contraindicated", "Glucophage", renal(25), [["RENAL_CONTRAINDICATION", "critical", true, 30, 25]]],
    // Cockcroft-Gault: (140-80) x 60 / (72 x 1.2) x 0.85 = 35.4 -> below the label's 60
    ["nitrofurantoin, woman 80 y, 60 kg, SCr 1.2 (CrCl 35.4)", "Macrobid", { age: 80, weightKg: 60, sex: "female", serumCreatinine: 1.2 }, [
      ["RENAL_CONTRAINDICATION", "critical", true, 60, 35.4],
    ]],
    ["nitrofurantoin, man 30 y, 70 kg, SCr 1.0 (CrCl 106.9)", "nitrofurantoin", { age: 30, weightKg: 70, sex: "male", serumCreatinine: 1 }, []],
    ["SMX-TMP at CrCl 20: half dose", "Bactrim DS", renal(20), [["RENAL_DOSE_ADJUSTMENT", "major", false, 30, 20]]],
    ["SMX-TMP at CrCl 10: not recommended", "Bactrim DS", renal(10), [["RENAL_CONTRAINDICATION", "critical", true, 15, 10]]],
    ["NSAID at CrCl 20", "naproxen", renal(20), [["RENAL_CONTRAINDICATION", "critical", true, 30, 20]]],
    ["low-dose aspirin is not an NSAID renal contraindication", "aspirin 81 mg", renal(20), []],
    ["amoxicillin 875 mg bid at CrCl 20", { name: "amoxicillin", doseMg: 875, frequencyPerDay: 2 }, renal(20), [
      ["DOSE_ABOVE_MAX_PER_DOSE", "critical", true, 500, 875],
      ["RENAL_DOSE_ADJUSTMENT", "major", false, 30, 20],
    ]],
    ["amoxicillin 500 mg tid at CrCl 20", { name: "amoxicillin", doseMg: 500, frequencyPerDay: 3 }, renal(20), [
      ["DOSES_PER_DAY_ABOVE_MAX", "critical", true, 2, 3],
      ["RENAL_DOSE_ADJUSTMENT", "major", false, 30, 20],
    ]],
    ["amoxicillin 500 mg daily at CrCl 8", { name: "amoxicillin", doseMg: 500, frequencyPerDay: 1 }, renal(8), [["RENAL_DOSE_ADJUSTMENT", "major", false, 10, 8]]],
    ["gabapentin, unknown sex, CG 42.5", "gabapentin", { age: 50, weightKg: 80, serumCreatinine: 2 }, [["RENAL_DOSE_ADJUSTMENT", "major", false, 60, 42.5]]],
  ])("%s", (_label, entry, patient, expected) => {
    expect(summary([entry], patient)).toEqual(expected);
  });

  it("reports the estimate it used", () => {
    const r = check({ proposed: ["gabapentin"], patient: { age: 50, weightKg: 80, serumCreatinine: 2 } });
    expect(r.renalFunction).toEqual({ creatinineClearance: 42.5, method: "cockcroft-gault" });
    expect(r.warnings.find((w) => w.code === "CRCL_ESTIMATED")?.message).toBe(
      "CrCl 42.5 mL/min estimated by Cockcroft-Gault (age 50, 80 kg, SCr 2 mg/dL, sex not stated: female factor 0.85 applied); labels that use eGFR are applied to this CrCl",
    );
  });

  it.each<[string, TPatient]>([
    ["no CrCl, no SCr", { age: 70, weightKg: 60, sex: "female" }],
    ["SCr but no weight", { age: 70, sex: "female", serumCreatinine: 1.1 }],
  ])("renally-cleared drug with %s: incomplete, never a plain pass", (_label, patient) => {
    const r = check({ proposed: ["nitrofurantoin"], patient });
    expect(r.incompleteChecks.map((i) => [i.check, i.reason, i.drug])).toEqual([["doses", "MISSING_RENAL_FUNCTION", "nitrofurantoin"]]);
    expect(r.warnings.map((w) => w.code)).toEqual(["CHECK_INCOMPLETE"]);
    expect([r.blocked, r.requiresOverride, r.checksPerformed.doses]).toEqual([false, true, true]);
  });
});

describe("pregnancy, age limits and Beers criteria", () => {
  const woman = (extra: Partial<TPatient> = {}): TPatient => ({ age: 30, weightKg: 65, sex: "female", creatinineClearance: 100, ...extra });
  it.each<[string, TMedicationEntry, TPatient, unknown[]]>([
    ["isotretinoin, pregnant", "Accutane", woman({ pregnant: true }), [["PREGNANCY_CONTRAINDICATION", "critical", true, null, null]]],
    ["isotretinoin, not pregnant", "Accutane", woman({ pregnant: false }), []],
    ["warfarin, pregnant", "Coumadin", woman({ pregnant: true }), [["PREGNANCY_CONTRAINDICATION", "critical", true, null, null]]],
    ["lisinopril, pregnant", "lisinopril", woman({ pregnant: true }), [["PREGNANCY_CONTRAINDICATION", "critical", true, null, null]]],
    ["captopril (ACE class), pregnant", "captopril", woman({ pregnant: true }), [["PREGNANCY_CONTRAINDICATION", "critical", true, null, null]]],
    ["atorvastatin, pregnant: warn only (FDA 2021)", "Lipitor", woman({ pregnant: true }), [["PREGNANCY_CAUTION", "moderate", false, null, null]]],
    ["ibuprofen, pregnant: avoid from 20 weeks", "ibuprofen", woman({ pregnant: true }), [["PREGNANCY_CAUTION", "major", false, null, null]]],
    ["doxycycline, pregnant", "doxycycline", woman({ pregnant: true }), [["PREGNANCY_CONTRAINDICATION", "critical", true, null, null]]],
    ["codeine at 10 y", "Tylenol #3", { age: 10, weightKg: 30 }, [["AGE_CONTRAINDICATION", "critical", true, 12, 10]]],
    ["tramadol at 15 y", "tramadol", { age: 15, weightKg: 55, sex: "male" }, [["AGE_CAUTION", "major", false, 18, 15]]],
    ["ciprofloxacin at 16 y", "Cipro", { age: 16, weightKg: 55, sex: "male" }, [["AGE_CAUTION", "moderate", false, 18, 16]]],
    ["diphenhydramine at 70 (Beers)", "Benadryl", { age: 70, sex: "female", creatinineClearance: 60 }, [["BEERS_CRITERIA", "moderate", false, 65, 70]]],
    ["alprazolam at 65 (Beers, benzodiazepine class)", "Xanax", { age: 65, sex: "male", creatinineClearance: 60 }, [["BEERS_CRITERIA", "moderate", false, 65, 65]]],
    ["zolpidem at 64: no Beers flag", "zolpidem", { age: 64, sex: "male" }, []],
  ])("%s", (_label, entry, patient, expected) => {
    expect(summary([entry], patient)).toEqual(expected);
  });

  it("pregnancy status unknown for a contraindicated drug: incomplete (not for men)", () => {
    const r = check({ proposed: ["isotretinoin"], patient: woman() });
    expect(r.incompleteChecks.map((i) => [i.reason, i.drug])).toEqual([["MISSING_PREGNANCY_STATUS", "isotretinoin"]]);
    expect(r.requiresOverride).toBe(true);
    const man = check({ proposed: ["isotretinoin"], patient: { age: 30, sex: "male" } });
    expect([man.incompleteChecks, man.requiresOverride]).toEqual([[], false]);
  });
});
