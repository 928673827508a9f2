/** System health for GET /api/health: database, worker and realtime sidecar. */
import { db } from "../db/prisma";
import { HEARTBEAT_STALE_MS } from "./heartbeat";
import { realtimePublicUrl } from "../env";

export interface Health {
  status: "ok" | "degraded" | "down";
  database: { ok: boolean; latencyMs: number | null };
  worker: { ok: boolean; instances: number; lastSeenAt: string | null };
  realtime: { ok: boolean; instances: number; url: string; lastSeenAt: string | null };
  checkedAt: string;
}

export async function getHealth(now = new Date()): Promise<Health> {
  const url = realtimePublicUrl();
  const t0 = performance.now();
  try {
    const beats = await db.serviceHeartbeat.findMany({ where: { lastSeenAt: { gte: new Date(now.getTime() - HEARTBEAT_STALE_MS) } } });
    const latencyMs = Math.round(performance.now() - t0);
    const of = (service: string) => beats.filter((b) => b.service === service);
    const latest = (rows: typeof beats) => rows.map((r) => r.lastSeenAt.toISOString()).sort().at(-1) ?? null;
    const worker = of("worker");
    const realtime = of("realtime");
    const allUp = worker.length > 0 && realtime.length > 0;
    return {
      status: allUp ? "ok" : "degraded",
      database: { ok: true, latencyMs },
      worker: { ok: worker.length > 0, instances: worker.length, lastSeenAt: latest(worker) },
      realtime: { ok: realtime.length > 0, instances: realtime.length, url: realtime[0]?.url ?? url, lastSeenAt: latest(realtime) },
      checkedAt: now.toISOString(),
    };
  } catch {
    return {
      status: "down",
      database: { ok: false, latencyMs: null },
      worker: { ok: false, instances: 0, lastSeenAt: null },
      realtime: { ok: false, instances: 0, url, lastSeenAt: null },
      checkedAt: now.toISOString(),
    };
  }
}
