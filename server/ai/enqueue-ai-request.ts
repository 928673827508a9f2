/**
 * Sends "ai-request" jobs from any process (web app or worker) through a send-only pg-boss
 * instance (no maintenance, no cron, no schema migration: the worker owns those). The job id is
 * the request id, so sending the same request twice creates one job; the sweep re-sends a lost
 * request under a fresh id, deduplicated per minute by its singleton key.
 */
import PgBoss from "pg-boss";
import { getEnv } from "../env";
import { logger } from "../logger";
import { AI_REQUEST_QUEUE } from "./ai-request-queue";

let sender: Promise<PgBoss> | null = null;

function getSender(): Promise<PgBoss> {
  sender ??= (async () => {
    const boss = new PgBoss({ connectionString: getEnv().DATABASE_URL, schema: "pgboss", max: 2, supervise: false, schedule: false, migrate: false });
    boss.on("error", (e) => logger.warn({ err: e }, "pg-boss sender error"));
    await boss.start();
    // Idempotent; makes the queue exist even before a worker has started, so no job is dropped.
    await boss.createQueue(AI_REQUEST_QUEUE.name, {
      name: AI_REQUEST_QUEUE.name, retryLimit: AI_REQUEST_QUEUE.retryLimit, retryDelay: AI_REQUEST_QUEUE.retryDelaySeconds, retryBackoff: true,
    });
    return boss;
  })().catch((e) => {
    sender = null;
    throw e;
  });
  return sender;
}

/**
 * Queues the job for one AI request. Returns false (and logs) when the queue cannot be reached:
 * the request stays "queued" and the worker's sweep sends it again within a minute.
 */
export async function enqueueAiRequest(aiRequestId: string, options: { resend?: boolean } = {}): Promise<boolean> {
  try {
    const boss = await getSender();
    const id = await boss.send(AI_REQUEST_QUEUE.name, { aiRequestId }, options.resend ? { singletonKey: aiRequestId, singletonSeconds: 60 } : { id: aiRequestId });
    return id !== null || !options.resend;
  } catch (e) {
    logger.warn({ err: e, aiRequestId }, "could not queue the AI request; the sweep will retry");
    return false;
  }
}

/** Closes the sender (tests, shutdown). */
export async function stopAiRequestSender(): Promise<void> {
  const s = sender;
  sender = null;
  if (s) await (await s.catch(() => null))?.stop({ graceful: false, wait: true });
}
