import { describe, it, expect } from "vitest";
import ddi from "./data/ddi-high-priority.json";
import names from "./data/drug-names.json";
import allergy from "./data/allergy-cross-reactivity.json";
import doses from "./data/dose-limits.json";
import therapeutic from "./data/therapeutic-classes.json";
import { CROSS_REACTIVITY_RULES } from "./allergy-rules";
import { DOSE_RULES } from "./dose-rules";
import { INTERACTION_RULES } from "./interaction-rules";
import { check } from "./test-helpers";
import { GENERICS } from "./vocabulary";

describe("bundled data", () => {
  it.each([
    ["ddi-high-priority", ddi],
    ["drug-names", names],
    ["allergy-cross-reactivity", allergy],
    ["dose-limits", doses],
    ["therapeutic-classes", therapeutic],
  ])("%s keeps its SOURCES and schemaVersion 1", (_name, data) => {
    expect(data.schemaVersion).toBe(1);
    expect(data.SOURCES.length).toBeGreaterThan(0);
    for (const s of data.SOURCES) expect(s.name.length).toBeGreaterThan(10);
  });

  it("compiles every rule, each with a source", () => {
    expect(INTERACTION_RULES).toHaveLength(15 + 12 + 17 + 1 + 33);
    expect(CROSS_REACTIVITY_RULES).toHaveLength(17);
    expect(DOSE_RULES).toHaveLength(doses.rules.length);
    for (const r of [...INTERACTION_RULES, ...CROSS_REACTIVITY_RULES, ...DOSE_RULES]) expect(r.source).toMatch(/\w{5}/);
    for (const r of DOSE_RULES) expect(r.drugs.size).toBeGreaterThan(0);
  });

  it("maps every brand and synonym to a known generic", () => {
    for (const target of [...Object.values(names.brands), ...Object.values(names.synonyms)]) {
      expect(GENERICS.has(target.toLowerCase())).toBe(true);
    }
  });

  it("never blocks on any non-interruptive example pair (Phansalkar 2013)", () => {
    const blocked: string[] = [];
    for (const rule of ddi.nonInterruptive) {
      for (const a of rule.a.examples) {
        for (const b of rule.b.examples) {
          const [f] = check({ proposed: [a], current: [b] }).interactions;
          if (!f || f.blocking || !f.nonInterruptive) blocked.push(`${rule.id}: ${a} + ${b}`);
        }
      }
    }
    expect(blocked).toEqual([]);
  });

  it("makes every critical interaction rule block on a member pair", () => {
    for (const rule of INTERACTION_RULES.filter((r) => r.severity === "critical")) {
      const a = [...rule.a][0];
      const b = [...rule.b].find((k) => k !== a)!;
      const [f] = check({ proposed: [a], current: [b] }).interactions;
      expect([rule.id, f?.blocking]).toEqual([rule.id, true]);
    }
  });
});
