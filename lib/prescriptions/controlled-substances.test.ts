import { describe, expect, it } from "vitest";
import { normalizeDrugName } from "../medication-safety";
import { CONTROLLED_SUBSTANCES, controlledScheduleOf } from "./controlled-substances";

describe("controlledScheduleOf", () => {
  it.each([
    ["oxycodone", "CII"], ["OxyContin", "CII"], ["Percocet", "CII"], ["tramadol 50 mg", "CIV"], ["Xanax", "CIV"], ["clonazepam 0.5 mg", "CIV"],
    ["Adderall", "CII"], ["Ritalin", "CII"], ["phentermine", "CIV"], ["Ambien", "CIV"], ["Lyrica", "CV"], ["buprenorphine", "CIII"],
  ])("%s is schedule %s", (name, schedule) => {
    expect(controlledScheduleOf(name)).toBe(schedule);
  });

  it.each(["acetaminophen", "ibuprofen", "amoxicillin", "sertraline", "not a drug at all"])("%s is not listed", (name) => {
    expect(controlledScheduleOf(name)).toBeNull();
  });

  it("takes the strictest schedule of a combination's ingredients", () => {
    expect(controlledScheduleOf("acetaminophen/codeine")).toBe("CII");
  });

  it("lists ingredients by the names the vocabulary uses (where the vocabulary knows them)", () => {
    for (const name of Object.keys(CONTROLLED_SUBSTANCES)) {
      const d = normalizeDrugName(name);
      if (d.known) expect(d.ingredients.map((i) => i.name.toLowerCase()), name).toContain(name);
    }
  });
});
