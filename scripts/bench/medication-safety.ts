/**
 * Latency of checkMedicationSafety for 10 proposed x 20 current medications.
 * Run: npx tsx scripts/bench/medication-safety.ts
 *
 * Two phases of ~1 s each: "fresh text" changes every drug string per call (strength suffix),
 * so every name goes through full normalisation; "repeated text" re-sends the same input and
 * hits the engine's memoised name normalisation, as a form re-check would.
 */
import { performance } from "node:perf_hooks";
import { checkMedicationSafety } from "../../lib/medication-safety/check-medication-safety.ts";
import type { TMedicationSafetyCheckInput } from "../../lib/schemas/medication-safety.ts";

const PROPOSED = ["amoxicillin", "Tylenol", "ibuprofen", "clarithromycin", "sertraline", "Bactrim DS", "tramadol", "ondansetron", "Percocet", "gabapentin"];
const CURRENT = [
  "Coumadin", "Zocor", "lisinopril", "metformin", "metoprolol succinate ER", "omeprazole", "Xanax", "levothyroxine",
  "amlodipine", "Lasix", "aspirin", "Plavix", "citalopram", "Eliquis", "hydrochlorothiazide", "Synthroid",
  "prednisone", "Zyrtec", "vitamin d", "Neurontin",
];
const ALLERGIES = ["PCN (hives)", "sulfa", "codeine - nausea", "latex"];
const PATIENT = { age: 72, weightKg: 68, sex: "female", serumCreatinine: 1.3 } as const;

function input(i: number, fresh: boolean): TMedicationSafetyCheckInput {
  const suffix = fresh ? ` ${(i % 997) + 1} mg` : "";
  return {
    proposed: PROPOSED.map((name, k) => (k % 2 ? `${name}${suffix}` : { name: `${name}${suffix}`, doseMg: 500, frequencyPerDay: 2 })),
    current: CURRENT.map((name) => `${name}${suffix}`),
    allergies: ALLERGIES,
    patient: PATIENT,
  };
}

function run(label: string, fresh: boolean, ms: number) {
  const samples: number[] = [];
  let sink = 0;
  const end = performance.now() + ms;
  for (let i = 0; performance.now() < end; i++) {
    const data = input(i, fresh);
    const t0 = performance.now();
    const result = checkMedicationSafety(data);
    samples.push(performance.now() - t0);
    sink += result.interactions.length;
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))];
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  const f = (n: number) => n.toFixed(3);
  console.log(
    `${label.padEnd(15)} n=${samples.length}  p50=${f(pct(50))} ms  p95=${f(pct(95))} ms  mean=${f(mean)} ms  ` +
      `checks/sec=${Math.round(1000 / mean)}  (findings/check=${(sink / samples.length).toFixed(0)})`,
  );
}

const sample = checkMedicationSafety(input(0, false));
console.log(
  `checkMedicationSafety: ${PROPOSED.length} proposed x ${CURRENT.length} current, ${ALLERGIES.length} allergies ` +
    `(${sample.interactions.length} interactions, ${sample.allergyConflicts.length} allergy conflicts, ` +
    `${sample.doseIssues.length} dose issues per check); node ${process.version}`,
);
run("warm-up", true, 200);
run("fresh text", true, 1000);
run("repeated text", false, 1000);
