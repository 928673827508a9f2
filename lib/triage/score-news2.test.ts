import { describe, expect, it } from "vitest";
import type { TNews2Parameter, TTriageVitals } from "../schemas/triage";
import { news2Band, scoreNews2, temperatureForNews2 } from "./score-news2";

const ADULT = { ageYears: 40 };
/** A complete set of vitals that scores 0 on every parameter. */
const NORMAL: TTriageVitals = {
  respiratoryRate: 16,
  oxygenSaturation: 98,
  onSupplementalOxygen: false,
  systolic: 120,
  heartRate: 70,
  consciousness: "alert",
  temperatureC: 37,
};

function subscore(parameter: TNews2Parameter, vitals: TTriageVitals, patient: Parameters<typeof scoreNews2>[1] = ADULT) {
  return scoreNews2(vitals, patient)?.subscores[parameter];
}

// RCP NEWS2 (2017) chart: both sides of every threshold.
describe("NEWS2 sub-scores at every band boundary", () => {
  it.each([
    [0, 3], [8, 3], [9, 1], [11, 1], [12, 0], [20, 0], [21, 2], [24, 2], [25, 3], [40, 3],
  ])("respiration rate %d → %d", (rr, expected) => {
    expect(subscore("respirationRate", { respiratoryRate: rr })).toBe(expected);
  });

  it.each([
    [50, 3], [91, 3], [92, 2], [93, 2], [94, 1], [95, 1], [96, 0], [100, 0],
  ])("SpO2 scale 1: %d percent → %d (oxygen does not change scale 1)", (spo2, expected) => {
    expect(subscore("spo2", { oxygenSaturation: spo2, onSupplementalOxygen: false })).toBe(expected);
    expect(subscore("spo2", { oxygenSaturation: spo2, onSupplementalOxygen: true })).toBe(expected);
  });

  const SCALE2 = { ageYears: 70, hypercapnicRespiratoryFailure: true };
  it.each([
    [83, 3], [84, 2], [85, 2], [86, 1], [87, 1], [88, 0], [92, 0], [93, 0], [97, 0], [100, 0],
  ])("SpO2 scale 2 on air: %d percent → %d", (spo2, expected) => {
    expect(subscore("spo2", { oxygenSaturation: spo2, onSupplementalOxygen: false }, SCALE2)).toBe(expected);
  });

  it.each([
    [83, 3], [84, 2], [86, 1], [88, 0], [92, 0], [93, 1], [94, 1], [95, 2], [96, 2], [97, 3], [100, 3],
  ])("SpO2 scale 2 on oxygen: %d percent → %d", (spo2, expected) => {
    expect(subscore("spo2", { oxygenSaturation: spo2, onSupplementalOxygen: true }, SCALE2)).toBe(expected);
  });

  it.each([
    [false, 0], [true, 2],
  ])("air or oxygen: onSupplementalOxygen=%s → %d", (oxygen, expected) => {
    expect(subscore("airOrOxygen", { onSupplementalOxygen: oxygen })).toBe(expected);
  });

  it.each([
    [40, 3], [90, 3], [91, 2], [100, 2], [101, 1], [110, 1], [111, 0], [219, 0], [220, 3], [300, 3],
  ])("systolic %d mmHg → %d", (sbp, expected) => {
    expect(subscore("systolicBP", { systolic: sbp })).toBe(expected);
  });

  it.each([
    [20, 3], [40, 3], [41, 1], [50, 1], [51, 0], [90, 0], [91, 1], [110, 1], [111, 2], [130, 2], [131, 3], [250, 3],
  ])("pulse %d → %d", (hr, expected) => {
    expect(subscore("pulse", { heartRate: hr })).toBe(expected);
  });

  it.each([
    ["alert", 0], ["new_confusion", 3], ["voice", 3], ["pain", 3], ["unresponsive", 3],
  ] as const)("consciousness %s → %d", (level, expected) => {
    expect(subscore("consciousness", { consciousness: level })).toBe(expected);
  });

  it.each([
    [34.0, 3], [35.0, 3], [35.1, 1], [36.0, 1], [36.1, 0], [38.0, 0], [38.1, 1], [39.0, 1], [39.1, 2], [41.0, 2],
  ])("temperature %d °C → %d", (t, expected) => {
    expect(subscore("temperature", { temperatureC: t })).toBe(expected);
  });

  it.each([
    [20.4, 0], [20.5, 2], [90.4, 3], [90.5, 2],
  ])("non-integer readings are rounded first (RR/SBP %d)", (value, expected) => {
    const param: TNews2Parameter = value < 50 ? "respirationRate" : "systolicBP";
    const vitals: TTriageVitals = value < 50 ? { respiratoryRate: value } : { systolic: value };
    expect(subscore(param, vitals)).toBe(expected);
  });
});

describe("temperature conversion and rounding", () => {
  it.each([
    // news2.json worked examples, then half-way and binary-noise cases.
    [100.4, 38.0, 0], [100.6, 38.1, 1], [102.3, 39.1, 2], [96.8, 36.0, 1], [95.0, 35.0, 3],
    [100.49, 38.1, 1], [96.89, 36.1, 0], [95.09, 35.1, 1], [97.0, 36.1, 0], [96.71, 36.0, 1], [94.91, 35.0, 3],
  ])("%d °F → %d °C → score %d", (f, c, score) => {
    expect(temperatureForNews2({ temperatureF: f })).toBe(c);
    expect(subscore("temperature", { temperatureF: f })).toBe(score);
  });

  it.each([
    [35.04, 35.0, 3], [35.05, 35.1, 1], [38.04, 38.0, 0], [38.05, 38.1, 1], [39.05, 39.1, 2],
  ])("%d °C is rounded to %d before banding → %d", (input, rounded, score) => {
    expect(temperatureForNews2({ temperatureC: input })).toBe(rounded);
    expect(subscore("temperature", { temperatureC: input })).toBe(score);
  });

  it("reports the banded temperature and prefers °C when both are present", () => {
    expect(scoreNews2({ temperatureF: 102.3 }, ADULT)?.temperatureC).toBe(39.1);
    expect(temperatureForNews2({ temperatureC: 37.0, temperatureF: 104 })).toBe(37.0);
  });
});

describe("aggregate, band and completeness", () => {
  it("scores a complete normal set as 0, low, complete", () => {
    const result = scoreNews2(NORMAL, ADULT);
    expect(result).toEqual({
      total: 0,
      subscores: { respirationRate: 0, spo2: 0, airOrOxygen: 0, systolicBP: 0, pulse: 0, consciousness: 0, temperature: 0 },
      band: "low",
      hasRedScore: false,
      missing: [],
      complete: true,
      scale: 1,
      temperatureC: 37,
      applicable: true,
      notApplicableReasons: [],
      notes: [],
    });
  });

  it.each([
    [{ heartRate: 95 }, 1, "low"],
    [{ heartRate: 95, respiratoryRate: 22, temperatureC: 38.5 }, 4, "low"],
    [{ heartRate: 39 }, 3, "low-medium"],
    [{ heartRate: 115, respiratoryRate: 22, temperatureC: 38.5 }, 5, "medium"],
    [{ heartRate: 115, respiratoryRate: 22, temperatureC: 39.5 }, 6, "medium"],
    [{ heartRate: 115, respiratoryRate: 22, temperatureC: 39.5, oxygenSaturation: 95 }, 7, "high"],
    [{ heartRate: 140, respiratoryRate: 30, oxygenSaturation: 88, systolic: 85, consciousness: "voice", onSupplementalOxygen: true, temperatureC: 34 }, 20, "high"],
  ] as const)("%o → total %d, band %s", (vitals, total, band) => {
    const result = scoreNews2({ ...NORMAL, ...vitals }, ADULT);
    expect(result?.total).toBe(total);
    expect(result?.band).toBe(band);
  });

  it.each([
    [0, false, "low"], [4, false, "low"], [3, true, "low-medium"], [4, true, "low-medium"],
    [5, false, "medium"], [6, true, "medium"], [7, false, "high"], [20, true, "high"],
  ] as const)("news2Band(%d, red=%s) = %s", (total, red, band) => {
    expect(news2Band(total, red)).toBe(band);
  });
});

describe("partial vitals are never treated as normal", () => {
  it("returns null without any NEWS2 parameter", () => {
    expect(scoreNews2(undefined, ADULT)).toBeNull();
    expect(scoreNews2({}, ADULT)).toBeNull();
    expect(scoreNews2({ diastolic: 80 }, ADULT)).toBeNull();
  });

  it("lists missing parameters, sums what is present and marks the total incomplete", () => {
    const result = scoreNews2({ heartRate: 95, temperatureF: 100.4 }, ADULT);
    expect(result?.missing).toEqual(["respirationRate", "spo2", "airOrOxygen", "systolicBP", "consciousness"]);
    expect(result?.subscores.respirationRate).toBeNull();
    expect(result?.total).toBe(1);
    expect(result?.complete).toBe(false);
    expect(result?.notes).toEqual([
      "Partial NEWS2: respirationRate, spo2, airOrOxygen, systolicBP, consciousness missing; the total 1 is a lower bound.",
    ]);
  });

  it("treats an unknown oxygen status as missing, not as air", () => {
    const result = scoreNews2({ ...NORMAL, onSupplementalOxygen: undefined }, ADULT);
    expect(result?.missing).toEqual(["airOrOxygen"]);
    expect(result?.complete).toBe(false);
  });

  it("still raises the band when the present sub-scores already reach it", () => {
    const result = scoreNews2({ respiratoryRate: 26, oxygenSaturation: 91, heartRate: 131 }, ADULT);
    expect(result?.total).toBe(9);
    expect(result?.band).toBe("high");
    expect(result?.complete).toBe(false);
    const red = scoreNews2({ systolic: 88 }, ADULT);
    expect(red?.band).toBe("low-medium");
    expect(red?.hasRedScore).toBe(true);
  });

  it("scores scale 2 with unknown oxygen as air (lower bound) and says so", () => {
    const result = scoreNews2({ oxygenSaturation: 97 }, { ageYears: 70, hypercapnicRespiratoryFailure: true });
    expect(result?.scale).toBe(2);
    expect(result?.subscores.spo2).toBe(0);
    expect(result?.notes[0]).toBe("SpO2 scale 2 scored as on air (0); on oxygen it would score 3.");
  });
});

describe("applicability (RCP 2017: not validated under 16 or in pregnancy)", () => {
  it.each([
    [{ ageYears: 15.9 }, false, ["NEWS2 is not validated under age 16 (use a paediatric early warning score)."]],
    [{ ageYears: 16 }, true, []],
    [{ ageYears: 30, pregnant: true }, false, ["NEWS2 is not validated in pregnancy (use an obstetric early warning score)."]],
    [{ ageYears: 30, pregnant: false }, true, []],
  ])("%o → applicable %s, still computed", (patient, applicable, reasons) => {
    const result = scoreNews2({ ...NORMAL, heartRate: 135 }, patient);
    expect(result?.applicable).toBe(applicable);
    expect(result?.notApplicableReasons).toEqual(reasons);
    expect(result?.total).toBe(3);
  });
});
