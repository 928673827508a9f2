/**
 * Liveness of background processes, stored in PostgreSQL so any app instance
 * can report on any worker or sidecar instance.
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import { db } from "../db/prisma";

export const HEARTBEAT_INTERVAL_MS = 5_000;
/** An instance silent for longer than this is considered down. */
export const HEARTBEAT_STALE_MS = 20_000;

export function startHeartbeat(service: "worker" | "realtime", url?: string): { instanceId: string; stop(): Promise<void> } {
  const instanceId = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const startedAt = new Date();
  const beat = () =>
    db.serviceHeartbeat
      .upsert({
        where: { service_instanceId: { service, instanceId } },
        create: { service, instanceId, url, startedAt, lastSeenAt: new Date() },
        update: { lastSeenAt: new Date(), url },
      })
      .catch(() => undefined);
  void beat();
  const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  return {
    instanceId,
    async stop() {
      clearInterval(timer);
      await db.serviceHeartbeat.deleteMany({ where: { service, instanceId } }).catch(() => undefined);
    },
  };
}
