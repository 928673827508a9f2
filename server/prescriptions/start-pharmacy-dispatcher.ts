/**
 * Runs dispatchPendingPrescriptions inside the worker: once at start, whenever an outbox row
 * commits (LISTEN outbox_event: an approval is picked up within a second) and every
 * PHARMACY_DISPATCH_INTERVAL_MS as a safety net. Runs never overlap; a wake-up during a run
 * schedules exactly one more. Several workers may run it: jobs are deduplicated by pg-boss.
 */
import pg from "pg";
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { getEnv } from "../env";
import { getPharmacyConfig } from "../integrations/pharmacy/pharmacy-config";
import { dispatchPendingPrescriptions } from "./dispatch-pending-prescriptions";
import { PHARMACY_SEND_JOB, pharmacySendOptions } from "./pharmacy-send-options";

export async function startPharmacyDispatcher(boss: PgBoss, log: Logger): Promise<() => Promise<void>> {
  const cfg = getPharmacyConfig();
  const enqueue = async (prescriptionId: string) =>
    (await boss.send(PHARMACY_SEND_JOB, { prescriptionId }, { ...pharmacySendOptions(cfg), singletonKey: prescriptionId })) !== null;
  let running = false;
  let again = false;
  let stopped = false;
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const r = await dispatchPendingPrescriptions(enqueue);
        if (r.enqueued || r.rescued || r.advanced) log.info(r, "pharmacy dispatch");
      } while (again && !stopped);
    } catch (e) {
      log.error({ err: e }, "pharmacy dispatch failed; the next tick retries");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), cfg.PHARMACY_DISPATCH_INTERVAL_MS);
  const listener = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  listener.on("notification", () => void tick());
  listener.on("error", (e) => log.warn({ err: e }, "dispatcher LISTEN connection error; polling continues"));
  try {
    await listener.connect();
    await listener.query("LISTEN outbox_event");
  } catch (e) {
    log.warn({ err: e }, "dispatcher could not LISTEN; polling only");
  }
  void tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await listener.end().catch(() => undefined);
  };
}
