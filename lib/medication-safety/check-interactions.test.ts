import { describe, it, expect } from "vitest";
import { check } from "./test-helpers";

type Row = [label: string, proposed: string, current: string, id: string, severity: string, ruleIds: string[], blocking: boolean];

describe("interactions: pairs and classes (proposed vs current)", () => {
  const rows: Row[] = [
    ["warfarin + ibuprofen (anticoagulant + NSAID class)", "ibuprofen", "warfarin", "ddi:warfarin+ibuprofen", "major", ["MAJ-01"], false],
    ["warfarin via brand Coumadin", "Advil 200 mg", "Coumadin 5 mg", "ddi:warfarin+ibuprofen", "major", ["MAJ-01"], false],
    ["apixaban + naproxen", "naproxen", "Eliquis", "ddi:apixaban+naproxen", "major", ["MAJ-01"], false],
    ["sertraline + tramadol (serotonergic)", "tramadol", "Zoloft", "ddi:tramadol+sertraline", "major", ["MAJ-06"], false],
    ["two SSRIs (serotonergic class pair)", "fluoxetine", "sertraline", "ddi:fluoxetine+sertraline", "major", ["LOC-01"], false],
    ["SSRI + triptan", "sumatriptan", "escitalopram", "ddi:escitalopram+sumatriptan", "major", ["LOC-01"], false],
    ["two QT drugs: citalopram + ondansetron", "ondansetron", "citalopram", "ddi:citalopram+ondansetron", "critical", ["ONC-08"], true],
    ["two QT drugs: azithromycin + levofloxacin", "Zithromax", "levofloxacin", "ddi:azithromycin+levofloxacin", "critical", ["ONC-08"], true],
    ["QT + serotonin: citalopram + methadone", "methadone", "citalopram", "ddi:citalopram+methadone", "critical", ["ONC-08", "MAJ-06"], true],
    ["simvastatin + clarithromycin", "clarithromycin", "Zocor 40 mg", "ddi:simvastatin+clarithromycin", "critical", ["ONC-11"], true],
    ["simvastatin + amlodipine (dose cap)", "amlodipine", "simvastatin", "ddi:simvastatin+amlodipine", "major", ["MAJ-09"], false],
    ["MAOI + SSRI", "phenelzine", "sertraline", "ddi:sertraline+phenelzine", "critical", ["ONC-04"], true],
    ["sildenafil + nitroglycerin", "Viagra", "nitroglycerin", "ddi:sildenafil+nitroglycerin", "critical", ["LBL-01"], true],
    ["tizanidine + ciprofloxacin", "Cipro 500 mg", "Zanaflex", "ddi:tizanidine+ciprofloxacin", "critical", ["ONC-13"], true],
    ["metronidazole + disulfiram", "Flagyl", "Antabuse", "ddi:metronidazole+disulfiram", "critical", ["LBL-02"], true],
    ["warfarin + Bactrim DS (combination product)", "Bactrim DS", "warfarin", "ddi:warfarin+sulfamethoxazole/trimethoprim", "major", ["MAJ-02"], false],
    ["Entresto + lisinopril (product-level rule)", "Entresto", "lisinopril", "ddi:sacubitril/valsartan+lisinopril", "critical", ["LBL-10"], true],
    ["oxycodone in Percocet + alprazolam", "Percocet", "Xanax", "ddi:oxycodone/acetaminophen+alprazolam", "major", ["MAJ-05"], false],
    ["misspelled ibuprofin + warfarin", "ibuprofin", "warfarin", "ddi:warfarin+ibuprofen", "major", ["MAJ-01"], false],
  ];
  it.each(rows)("%s", (_label, proposed, current, id, severity, ruleIds, blocking) => {
    const r = check({ proposed: [proposed], current: [current] });
    expect(r.interactions).toHaveLength(1);
    const [f] = r.interactions;
    expect({ id: f.id, severity: f.severity, ruleIds: f.ruleIds, blocking: f.blocking, between: f.between }).toEqual({
      id, severity, ruleIds, blocking, between: "proposed-current",
    });
    expect(r.blocked).toBe(blocking);
    expect(r.blockingFindingIds).toEqual(blocking ? [id] : []);
    expect(r.requiresOverride).toBe(true); // critical or major
  });
});

describe("interactions: matching rules", () => {
  it("is order-independent: same id whichever drug is proposed", () => {
    const a = check({ proposed: ["ibuprofen"], current: ["warfarin"] }).interactions[0];
    const b = check({ proposed: ["warfarin"], current: ["ibuprofen"] }).interactions[0];
    expect(a.id).toBe("ddi:warfarin+ibuprofen");
    expect(b.id).toBe(a.id);
    expect(b.drugs).toEqual(["warfarin", "ibuprofen"]);
  });

  it("checks proposed vs proposed", () => {
    const r = check({ proposed: ["clarithromycin", "simvastatin"] });
    expect(r.interactions.map((i) => [i.id, i.between])).toEqual([["ddi:simvastatin+clarithromycin", "proposed-proposed"]]);
  });

  it("does not re-check current vs current (existing regimen)", () => {
    const r = check({ proposed: ["amoxicillin"], current: ["warfarin", "ibuprofen"] });
    expect(r.interactions).toEqual([]);
  });

  it("needs two different members for a same-class pair (one QT drug twice is not a QT pair)", () => {
    const r = check({ proposed: ["citalopram"], current: ["Celexa"] });
    expect(r.interactions).toEqual([]);
    expect(r.duplicateTherapy.map((d) => d.id)).toEqual(["dup:same-ingredient:citalopram"]);
  });

  it("reports effect, management and source from the data", () => {
    const [f] = check({ proposed: ["clarithromycin"], current: ["simvastatin"] }).interactions;
    expect(f.effect).toBe("myopathy / rhabdomyolysis");
    expect(f.management.startsWith("Contraindicated; do not co-prescribe. Simvastatin and lovastatin labeling")).toBe(true);
    expect(f.source).toBe("Phansalkar S et al. JAMIA 2012;19(5):735-43 (ONC high-priority DDI list)");
  });

  it("merges several rules on one pair: most severe first, effects joined", () => {
    const [f] = check({ proposed: ["methadone"], current: ["citalopram"] }).interactions;
    expect(f.effect).toBe("additive QT prolongation -> torsades de pointes, sudden death; serotonin syndrome; seizures (tramadol)");
  });

  it("sorts findings critical first and de-duplicates a drug listed twice", () => {
    const r = check({ proposed: ["ibuprofen", "clarithromycin"], current: ["warfarin", "Coumadin", "Zocor"] });
    expect(r.interactions.map((i) => [i.id, i.severity])).toEqual([
      ["ddi:simvastatin+clarithromycin", "critical"],
      ["ddi:warfarin+ibuprofen", "major"],
    ]);
  });
});

describe("interactions: non-interruptive pairs never block", () => {
  it.each([
    ["NI-18 warfarin + acetaminophen", "Tylenol", "warfarin", "ddi:warfarin+acetaminophen", ["NI-18"]],
    ["NI-20 warfarin + omeprazole", "omeprazole", "warfarin", "ddi:warfarin+omeprazole", ["NI-20"]],
    ["NI-29 clopidogrel + aspirin", "aspirin", "Plavix", "ddi:clopidogrel+aspirin", ["NI-29"]],
    ["NI-23 lisinopril + losartan", "losartan", "lisinopril", "ddi:lisinopril+losartan", ["NI-23"]],
    ["NI-06 levothyroxine + calcium carbonate", "Tums", "Synthroid", "ddi:levothyroxine+calcium carbonate", ["NI-06"]],
  ])("%s", (_label, proposed, current, id, ruleIds) => {
    const r = check({ proposed: [proposed], current: [current] });
    expect(r.interactions.map((i) => ({ id: i.id, severity: i.severity, nonInterruptive: i.nonInterruptive, ruleIds: i.ruleIds, blocking: i.blocking }))).toEqual([
      { id, severity: "minor", nonInterruptive: true, ruleIds, blocking: false },
    ]);
    expect(r.blocked).toBe(false);
  });

  it("lets an interruptive rule on the same pair win (Entresto's sacubitril vs the ACE/ARB NI pair)", () => {
    const [f] = check({ proposed: ["Entresto"], current: ["enalapril"] }).interactions;
    expect([f.severity, f.nonInterruptive, f.ruleIds]).toEqual(["critical", false, ["LBL-10"]]);
  });
});

describe("interactions: unknown drugs", () => {
  it("skips unknown drugs in the pair check but reports them", () => {
    const r = check({ proposed: ["warfarin"], current: ["mystery pill"] });
    expect(r.interactions).toEqual([]);
    expect(r.unknownDrugs).toEqual(["mystery pill"]);
    expect(r.requiresOverride).toBe(true);
  });
});
