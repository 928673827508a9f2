import { describe, expect, it } from "vitest";
import { parseDoseMg, parseFrequencyPerDay } from "./parse-dosing";

describe("parseDoseMg", () => {
  it.each([
    ["500 mg", 500], ["1 g", 1000], ["0.4 mg", 0.4], ["100 mcg", 0.1], ["875 mg tablet", 875], ["2,5 mg", 2.5], ["10mg", 10],
    ["1 puff", null], ["thin layer", null], ["1%", null], ["1 tablet", null],
  ])("%s → %s", (dose, mg) => expect(parseDoseMg(dose)).toBe(mg));
});

describe("parseFrequencyPerDay", () => {
  it.each([
    ["once daily", 1], ["daily", 1], ["at bedtime", 1], ["twice daily", 2], ["BID", 2], ["b.i.d.", 2], ["three times a day", 3], ["TID", 3],
    ["every 8 hours", 3], ["every 6 hours as needed", 4], ["every 4-6 hours as needed", 6], ["q12h", 2], ["4 times daily", 4],
    ["up to 3 times per day", 3], ["dos veces al día", 2], ["cada 8 horas", 3], ["una vez al día", 1], ["as needed", null], ["with meals", null],
  ])("%s → %s", (text, n) => expect(parseFrequencyPerDay(text)).toBe(n));
});
