/**
 * SLA benchmarks on a throwaway embedded PostgreSQL (or a fresh database on
 * DATABASE_URL's server):
 *  - the SLA sweep over 100k open consultations (1% newly breached),
 *  - the clinic metrics queries over 1M consultations.
 * Rows are generated in SQL (generate_series), so setup stays fast.
 */
import { performance } from "node:perf_hooks";
import { provisionTestDatabase } from "../../server/test/provision-database";

const OPEN = Number(process.env.BENCH_OPEN ?? 100_000);
const TOTAL = Number(process.env.BENCH_TOTAL ?? 1_000_000);

async function main() {
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0000";
  process.env.APP_ENCRYPTION_KEY ??= "2a".repeat(32);
  process.env.LOG_LEVEL = "silent";
  const dbInfo = await provisionTestDatabase("bench");
  process.env.DATABASE_URL = dbInfo.url;
  const { db, getDb } = await import("../../server/db/prisma");
  const { runSlaSweep } = await import("../../server/sla/run-sla-sweep");
  const { getClinicMetrics } = await import("../../server/sla/get-clinic-metrics");
  try {
    const org = await db.organization.create({ data: { name: "Bench clinic" } });
    const user = await db.user.create({ data: { email: "bench@example.test", name: "Bench", role: "patient", organizationId: org.id, passwordHash: "x", patient: { create: { dateOfBirth: new Date("1980-01-01"), sex: "female", stateOfResidence: "NY" } } }, include: { patient: true } });
    const t0 = performance.now();
    // Open consultations: due spread over the next 24 h; 1% already past due.
    await db.$executeRawUnsafe(`
      INSERT INTO "Consultation" ("id","reference","organizationId","patientId","status","urgency","consultationType","chiefComplaint","intake","triagedAt","slaDueAt","submittedAt","createdAt","updatedAt")
      SELECT gen_random_uuid()::text, 'BO' || g, '${org.id}', '${user.patient!.id}', 'triaged', (ARRAY['urgent','high','medium','routine'])[1 + g % 4]::"Urgency",
             'family_medicine', 'bench', '{}'::jsonb, now() - interval '1 hour',
             CASE WHEN g % 100 = 0 THEN now() - interval '1 minute' ELSE now() + (g % 1440) * interval '1 minute' END, now() - interval '1 hour', now(), now()
        FROM generate_series(1, ${OPEN}) g`);
    // Closed consultations for the metrics: spread over 90 days.
    await db.$executeRawUnsafe(`
      INSERT INTO "Consultation" ("id","reference","organizationId","patientId","status","urgency","consultationType","chiefComplaint","intake","triagedAt","slaDueAt","submittedAt","completedAt","responseTimeMinutes","slaViolationAt","createdAt","updatedAt")
      SELECT gen_random_uuid()::text, 'BC' || g, '${org.id}', '${user.patient!.id}', 'completed', (ARRAY['urgent','high','medium','routine'])[1 + g % 4]::"Urgency",
             'family_medicine', 'bench', '{}'::jsonb, t, t + interval '8 hours', t, t + (g % 600) * interval '1 minute', g % 300,
             CASE WHEN g % 20 = 0 THEN t + interval '8 hours' END, t, t
        FROM (SELECT g, now() - (g % 90) * interval '1 day' - (g % 1440) * interval '1 minute' AS t FROM generate_series(1, ${TOTAL - OPEN}) g) s`);
    await db.$executeRawUnsafe(`ANALYZE "Consultation"`);
    console.log(`setup: ${OPEN.toLocaleString()} open + ${(TOTAL - OPEN).toLocaleString()} closed consultations in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const s1 = performance.now();
    const first = await runSlaSweep();
    const sweepMs = performance.now() - s1;
    const s2 = performance.now();
    const second = await runSlaSweep();
    const idleMs = performance.now() - s2;
    console.log(`SLA sweep over ${OPEN.toLocaleString()} open consultations: ${sweepMs.toFixed(0)} ms marking ${first.breached.toLocaleString()} breaches; repeat run (nothing new): ${idleMs.toFixed(0)} ms, ${second.breached} breaches`);

    const m1 = performance.now();
    await getClinicMetrics(org.id, {});
    const metricsMs = performance.now() - m1;
    const m2 = performance.now();
    await getClinicMetrics(org.id, { from: new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10) });
    console.log(`clinic metrics over ${TOTAL.toLocaleString()} consultations: last 30 days ${metricsMs.toFixed(0)} ms, last 90 days ${(performance.now() - m2).toFixed(0)} ms`);
  } finally {
    await getDb().$disconnect();
    await dbInfo.release();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
