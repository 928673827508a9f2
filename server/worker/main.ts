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
import { runSlaSweep } from "../sla/run-sla-sweep";
import { dispatchEmailNotifications } from "../notifications/dispatch-email-notifications";
import { followUpCriticalMessages } from "../messaging/follow-up-critical-messages";

async function main() {
  const boss = createBoss();
  boss.on("error", (e) => logger.error({ err: e }, "pg-boss error"));
  await boss.start();
  for (const job of JOBS) {
    await boss.createQueue(job.name, {
      name: job.name, retryLimit: job.retryLimit, retryDelay: job.retryDelaySeconds, retryBackoff: true,
      ...(job.policy && { policy: job.policy }), ...(job.expireInSeconds && { expireInSeconds: job.expireInSeconds }),
    });
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
  // The cron runs every minute; a short loop keeps breach detection within seconds (idempotent, so N workers are safe).
  const sweepMs = Number(process.env.SLA_SWEEP_INTERVAL_MS ?? 15_000);
  const sweep = setInterval(() => {
    void runSlaSweep().catch((e) => logger.warn({ err: e }, "SLA sweep failed"));
    void followUpCriticalMessages().catch((e) => logger.warn({ err: e }, "critical message follow-up failed"));
    void dispatchEmailNotifications().catch((e) => logger.warn({ err: e }, "e-mail dispatch failed"));
  }, sweepMs);
  const stopBackground = await Promise.all(JOBS.filter((j) => j.background).map((j) => j.background!(boss, logger.child({ job: j.name }))));
  const heartbeat = startHeartbeat("worker");
  logger.info({ jobs: JOBS.map((j) => j.name) }, "worker started");

  const shutdown = async () => {
    clearInterval(sweep);
    await heartbeat.stop();
    await Promise.all(stopBackground.map((stop) => stop()));
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
