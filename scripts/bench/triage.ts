/**
 * Throughput of the pure triage engine over a mix of realistic intakes.
 * Run: npx tsx scripts/bench/triage.ts [seconds]   (default 2)
 * Prints intakes/second and p50/p95/p99 per-intake latency in microseconds.
 */
import type { TTriageInput } from "../../lib/schemas/triage";
import { runTriage } from "../../lib/triage/run-triage";

const INTAKES: TTriageInput[] = [
  { symptoms: ["Burning when I pee for 2 days", "no fever, no back pain"], age: 28, sex: "female", severity: 3 },
  { symptoms: ["Chest pain since this morning", "pain going down my left arm", "cold sweat"], age: 61, sex: "male", severity: 8,
    vitals: { systolic: 150, diastolic: 92, heartRate: 104, respiratoryRate: 22, oxygenSaturation: 95, onSupplementalOxygen: false, consciousness: "alert", temperatureF: 98.6 } },
  { symptoms: ["no chest pain but I can't catch my breath", "coughing for a week"], age: 45, vitals: { oxygenSaturation: 93, heartRate: 98 } },
  { symptoms: ["Rash on my arms after a new detergent, itchy, not spreading"], age: 34 },
  { symptoms: ["my mother had a stroke last year, I want to check my blood pressure", "if I get chest pain what should I do?"], age: 52,
    vitals: { systolic: 138, diastolic: 86 } },
  { symptoms: ["fever and chills since last night", "on chemotherapy"], age: 57, immunosuppressed: true, vitals: { temperatureC: 38.4, heartRate: 112 } },
  { symptoms: ["I'm 30 weeks pregnant with stomach pain and some spotting"], age: 31, pregnant: true, severity: 7,
    vitals: { systolic: 142, diastolic: 91, heartRate: 96 } },
  { symptoms: ["sore throat, can't swallow without pain, fever 101"], age: 19, vitals: { temperatureF: 101.2 } },
  { symptoms: ["Refill of my seizure medication please", "no seizures since starting it"], age: 40 },
  { symptoms: ["feel depressed, not suicidal, no thoughts of self harm", "trouble sleeping for months"], age: 26, severity: 5 },
  { symptoms: ["worst hedache of my life, came on suddenly while lifting", "neck is stiff"], age: 48, severity: 10 },
  { symptoms: ["baby has a fever and is not feeding well"], age: 0.15, vitals: { temperatureC: 38.2 } },
  { symptoms: ["Shortness of breath? no. Chest pain? no. Fever? yes, 100.8", "body aches, runny nose, tired"], age: 36,
    vitals: { temperatureF: 100.8, heartRate: 92, respiratoryRate: 18, oxygenSaturation: 97 } },
  { symptoms: ["I fell in the bathroom and hit my head, I'm on warfarin", "a bit dizzy"], age: 81 },
  { symptoms: ["anxiety and panic attacks at work, heart racing, sweaty palms, no chest pain"], age: 29, severity: 6 },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function main(): void {
  const seconds = Number(process.argv[2] ?? 2);
  // Warm-up lets the JIT settle so the numbers describe steady state.
  for (let i = 0; i < 2000; i += 1) runTriage(INTAKES[i % INTAKES.length]);

  const samples: number[] = [];
  let checksum = 0;
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const started = process.hrtime.bigint();
  let now = started;
  for (let i = 0; now < deadline; i += 1) {
    const t0 = process.hrtime.bigint();
    checksum += runTriage(INTAKES[i % INTAKES.length]).triageScore;
    now = process.hrtime.bigint();
    samples.push(Number(now - t0) / 1000);
  }
  const elapsedSeconds = Number(now - started) / 1e9;
  samples.sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(1);
  console.log(`triage bench: ${INTAKES.length} intake shapes, ${samples.length} runs in ${elapsedSeconds.toFixed(2)} s`);
  console.log(`  intakes/second: ${Math.round(samples.length / elapsedSeconds)}`);
  console.log(`  per intake (µs): p50 ${fmt(percentile(samples, 50))}  p95 ${fmt(percentile(samples, 95))}  p99 ${fmt(percentile(samples, 99))}`);
  console.log(`  checksum: ${checksum}`);
}

main();
