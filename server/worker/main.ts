/**
 * Job worker: pg-boss on the application database. Runs scheduled jobs
 * (SLA monitor every minute) and reports liveness through ServiceHeartbeat.
 * Several workers may run: pg-boss hands each job to one of them.
 */
import { createBoss } from "../jobs/boss";
import { startHeartbeat } from "../health/heartbeat";
import { logger } from "../logger";
import { getDb } from "../db/prisma";
import { JOBS } from "../jobs/registry";

async function main() {
  const boss = createBoss();
  boss.on("error", (e) => logger.error({ err: e }, "pg-boss error"));
  await boss.start();
  for (const job of JOBS) {
    await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit, retryDelay: job.retryDelaySeconds, retryBackoff: true });
    await boss.work(job.name, { batchSize: 1 }, async (jobs) => {
      for (const j of jobs) {
        const log = logger.child({ job: job.name, jobId: j.id });
        const t0 = performance.now();
        await job.run(j.data as never, log);
        log.info({ ms: Math.round(performance.now() - t0) }, "job done");
      }
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
  }
  const heartbeat = startHeartbeat("worker");
  logger.info({ jobs: JOBS.map((j) => j.name) }, "worker started");

  const shutdown = async () => {
    await heartbeat.stop();
    await boss.stop({ graceful: true, timeout: 8_000 });
    await getDb().$disconnect();
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((e) => {
  logger.fatal({ err: e }, "worker failed to start");
  process.exit(1);
});
