import { describe, expect, it } from "vitest";
import { LEXICON } from "./compile-lexicon";
import { findRedFlags } from "./find-red-flags";
import { NEGATION_DATA, NEWS2_DATA, RED_FLAG_DATA, type TFlagDefinition, type TNews2Band } from "./triage-data";

/** Bands that claim `value` (same rules as score-news2.ts). */
function claiming(bands: readonly TNews2Band[], value: number, oxygen: boolean, factor = 1): number {
  const scaled = Math.round(value * factor);
  return bands.filter(
    (b) =>
      !(b.onAir && oxygen) &&
      !(b.onOxygen && !oxygen) &&
      (b.min === undefined || scaled >= Math.round(b.min * factor)) &&
      (b.max === undefined || scaled <= Math.round(b.max * factor)),
  ).length;
}

describe("bundled data", () => {
  it("keeps the sources of every file", () => {
    expect(NEWS2_DATA.SOURCES[0].name).toContain("Royal College of Physicians");
    expect(NEGATION_DATA.SOURCES.map((s) => s.name.slice(0, 12))).toEqual(["Chapman WW, ", "Harkema H, D", "patientLangu"]);
    expect(RED_FLAG_DATA.SOURCES.length).toBeGreaterThanOrEqual(5);
    for (const category of RED_FLAG_DATA.categories) expect(category.source.length).toBeGreaterThan(5);
  });

  it("has NEWS2 bands that cover every reading exactly once", () => {
    const P = NEWS2_DATA.parameters;
    for (const bands of [P.respirationRate.bands, P.spo2Scale1.bands, P.systolicBP.bands, P.pulse.bands]) {
      for (let v = 0; v <= 300; v += 1) expect(claiming(bands, v, false)).toBe(1);
    }
    for (const oxygen of [false, true]) {
      for (let v = 50; v <= 100; v += 1) expect(claiming(P.spo2Scale2.bands, v, oxygen)).toBe(1);
    }
    for (let tenths = 250; tenths <= 450; tenths += 1) expect(claiming(P.temperatureC.bands, tenths / 10, false, 10)).toBe(1);
  });

  const flags: Array<[string, TFlagDefinition, string]> = RED_FLAG_DATA.categories.flatMap((category) =>
    category.flags.flatMap((flag) => flag.phrases.map((phrase): [string, TFlagDefinition, string] => [flag.code, flag, phrase])),
  );

  it("has unique flag codes", () => {
    const codes = RED_FLAG_DATA.categories.flatMap((c) => c.flags.map((f) => f.code));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(flags)("%s: the phrase %#, on its own, raises its flag", (code, flag, phrase) => {
    const when = flag.when ?? {};
    const context = {
      ageYears: when.maxAgeYears !== undefined ? when.maxAgeYears / 2 : (when.minAgeYears ?? 40),
      pregnant: when.pregnant === true,
      immunosuppressed: when.immunosuppressed === true,
      measuredFever: when.fever === true,
      severeHypertension: when.severeHypertension === true,
    };
    const text = flag.requiresAlso ? `${phrase}. ${flag.requiresAlso[0]}` : phrase;
    expect(findRedFlags([text], context).map((f) => f.code)).toContain(code);
  });

  it("never lists a vocabulary word as a fuzzy stop word", () => {
    const vocabulary = new Set([...LEXICON.findings.values()].flatMap((list) => list.flatMap((p) => [...p.tokens])));
    expect(RED_FLAG_DATA.fuzzyStopWords.filter((w) => vocabulary.has(w))).toEqual([]);
  });
});
