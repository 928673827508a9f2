/**
 * National Early Warning Score 2. Royal College of Physicians. National Early
 * Warning Score (NEWS) 2: Standardising the assessment of acute-illness
 * severity in the NHS. London: RCP, 2017 (ISBN 978-1-86016-682-2).
 * © Royal College of Physicians 2017; thresholds restated in data/news2.json
 * and read from there, the chart itself is not reproduced.
 *
 * Missing parameters are never scored as normal: they are listed in
 * `missing`, `complete` is false, and `total` is the sum of what is present,
 * i.e. a lower bound. A partial total that already reaches a band still
 * raises risk; it can never lower it.
 */
import type { TNews2Parameter, TNews2Result, TTriageVitals } from "../schemas/triage";
import { NEWS2_PARAMETERS } from "../schemas/triage";
import { NEWS2_DATA, type TNews2Band } from "./triage-data";

export interface TNews2Patient {
  ageYears: number;
  pregnant?: boolean;
  hypercapnicRespiratoryFailure?: boolean;
}

const { parameters: P } = NEWS2_DATA;

/** Round half away from zero at `decimals` places, ignoring binary noise (38.04999999 → 38.05 → 38.1). */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toFixed(6));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

/**
 * Temperature used for NEWS2 banding: °C rounded to 0.1 (°F converted first,
 * C = (F − 32) × 5/9), as news2.json prescribes. °C wins if both are given.
 */
export function temperatureForNews2(vitals: Pick<TTriageVitals, "temperatureC" | "temperatureF">): number | null {
  if (vitals.temperatureC !== undefined) return roundHalfAwayFromZero(vitals.temperatureC, 1);
  if (vitals.temperatureF !== undefined) return roundHalfAwayFromZero(((vitals.temperatureF - 32) * 5) / 9, 1);
  return null;
}

/**
 * Score of `value` against inclusive integer (or 0.1 °C) bands. Comparison is
 * done on scaled integers so 36.0/36.1 boundaries are exact.
 */
function bandScore(bands: readonly TNews2Band[], value: number, decimals: number, oxygen: boolean): number {
  const factor = 10 ** decimals;
  const scaled = Math.round(value * factor);
  for (const band of bands) {
    if (band.onAir && oxygen) continue;
    if (band.onOxygen && !oxygen) continue;
    if (band.min !== undefined && scaled < Math.round(band.min * factor)) continue;
    if (band.max !== undefined && scaled > Math.round(band.max * factor)) continue;
    return band.score;
  }
  throw new Error(`NEWS2: no band for value ${value}`);
}

/** RCP clinical risk band: >=7 high, 5-6 medium, any single 3 low-medium, else low. */
export function news2Band(total: number, hasRedScore: boolean): TNews2Result["band"] {
  if (total >= 7) return "high";
  if (total >= 5) return "medium";
  return hasRedScore ? "low-medium" : "low";
}

/**
 * NEWS2 from whatever vitals are present; null when none of the seven NEWS2
 * parameters was provided. Non-integer RR/SpO2/SBP/pulse readings are rounded
 * to the nearest integer first (news2.json integerVitalsNote).
 */
export function scoreNews2(vitals: TTriageVitals | undefined, patient: TNews2Patient): TNews2Result | null {
  if (!vitals) return null;
  const scale: 1 | 2 = patient.hypercapnicRespiratoryFailure ? 2 : 1;
  const oxygen = vitals.onSupplementalOxygen;
  const temperatureC = temperatureForNews2(vitals);
  const notes: string[] = [];
  const integer = (v: number | undefined) => (v === undefined ? undefined : Math.round(v));

  let spo2: number | null = null;
  const sat = integer(vitals.oxygenSaturation);
  if (sat !== undefined) {
    if (scale === 1) spo2 = bandScore(P.spo2Scale1.bands, sat, 0, false);
    else {
      const onAir = bandScore(P.spo2Scale2.bands, sat, 0, false);
      const onO2 = bandScore(P.spo2Scale2.bands, sat, 0, true);
      spo2 = oxygen === true ? onO2 : onAir;
      if (oxygen === undefined && onAir !== onO2) {
        notes.push(`SpO2 scale 2 scored as on air (${onAir}); on oxygen it would score ${onO2}.`);
      }
    }
  }
  const score = (bands: readonly TNews2Band[], v: number | undefined) => (v === undefined ? null : bandScore(bands, v, 0, false));
  const airScore = (value: string) => P.airOrOxygen.bands.find((b) => b.value === value)?.score ?? null;
  const subscores: Record<TNews2Parameter, number | null> = {
    respirationRate: score(P.respirationRate.bands, integer(vitals.respiratoryRate)),
    spo2,
    airOrOxygen: oxygen === undefined ? null : airScore(oxygen ? "supplemental oxygen" : "air"),
    systolicBP: score(P.systolicBP.bands, integer(vitals.systolic)),
    pulse: score(P.pulse.bands, integer(vitals.heartRate)),
    consciousness: vitals.consciousness === undefined ? null : (P.consciousness.intakeMapping[vitals.consciousness] ?? null),
    temperature: temperatureC === null ? null : bandScore(P.temperatureC.bands, temperatureC, 1, false),
  };

  const missing = NEWS2_PARAMETERS.filter((p) => subscores[p] === null);
  if (missing.length === NEWS2_PARAMETERS.length) return null;
  const present = NEWS2_PARAMETERS.map((p) => subscores[p]).filter((s): s is number => s !== null);
  const total = present.reduce((sum, s) => sum + s, 0);
  const hasRedScore = present.some((s) => s === 3);
  if (missing.length > 0) notes.push(`Partial NEWS2: ${missing.join(", ")} missing; the total ${total} is a lower bound.`);

  // RCP 2017: NEWS2 is not validated under 16 or in pregnancy. Still computed
  // (a telehealth intake uses it only as a floor for acuity) but flagged.
  const notApplicableReasons: string[] = [];
  if (patient.ageYears < 16) notApplicableReasons.push("NEWS2 is not validated under age 16 (use a paediatric early warning score).");
  if (patient.pregnant) notApplicableReasons.push("NEWS2 is not validated in pregnancy (use an obstetric early warning score).");

  return {
    total,
    subscores,
    band: news2Band(total, hasRedScore),
    hasRedScore,
    missing,
    complete: missing.length === 0,
    scale,
    temperatureC,
    applicable: notApplicableReasons.length === 0,
    notApplicableReasons,
    notes,
  };
}
