/**
 * Realtime latency: 200 connected clients (on one sidecar), each subscribed to
 * the same consultation; the consultation moves back and forth (assign/release)
 * 40 times; for every delivery we measure the time from the committed
 * transition (the write transaction's return) to the event at the client.
 */
import { performance } from "node:perf_hooks";
import { provisionTestDatabase } from "../../server/test/provision-database";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const MOVES = Number(process.env.BENCH_MOVES ?? 40);

function pct(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0000";
  process.env.APP_ENCRYPTION_KEY ??= "2a".repeat(32);
  process.env.LOG_LEVEL = "silent";
  const dbInfo = await provisionTestDatabase("rtbench");
  process.env.DATABASE_URL = dbInfo.url;
  const { db, getDb } = await import("../../server/db/prisma");
  const { makeWorld, staffActor, testRequest } = await import("../../server/test/fixtures");
  const { createRealtimeServer } = await import("../../server/realtime/create-realtime-server");
  const { transitionConsultation } = await import("../../server/consultations/transition-consultation");
  const { encode } = await import("next-auth/jwt");
  const { io } = await import("socket.io-client");
  const server = await createRealtimeServer({ port: 0, allowedOrigins: ["http://localhost"] });
  const clients: ReturnType<typeof io>[] = [];
  try {
    const w = await makeWorld();
    const sup = await w.staff({ role: "supervisor" });
    const lee = await w.provider({ maxDailyConsultations: 1000 });
    const p = await w.patient();
    const c = await w.consultation({ patient: p.patient, patientUserId: p.user.id, status: "triaged", intake: { chiefComplaint: "Bench" } });
    const session = await db.userSession.create({ data: { userId: sup.user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const token = await encode({ token: { sid: session.id }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
    const arrivals = new Map<string, number[]>();
    for (let i = 0; i < CLIENTS; i++) {
      const s = io(`http://127.0.0.1:${server.port}`, { transports: ["websocket"], extraHeaders: { cookie: `authjs.session-token=${token}` }, forceNew: true });
      clients.push(s);
      await new Promise<void>((r) => s.once("connect", () => r()));
      await new Promise((r) => s.emit("subscribe", { consultationId: c.id }, r));
      s.on("consultation.event", (e: { eventId: string }) => {
        const list = arrivals.get(e.eventId) ?? [];
        list.push(performance.now());
        arrivals.set(e.eventId, list);
      });
    }
    console.log(`${CLIENTS} clients connected and subscribed`);
    const latencies: number[] = [];
    const actor = staffActor(lee);
    for (let i = 0; i < MOVES; i++) {
      const to = i % 2 === 0 ? "assigned" : "triaged";
      await transitionConsultation({ consultationId: c.id, to, actor, request: testRequest("bench"), context: { reason: "bench release" } });
      const committed = performance.now();
      const event = await db.outboxEvent.findFirstOrThrow({ where: { consultationId: c.id }, orderBy: { id: "desc" } });
      const id = event.id.toString();
      const t0 = Date.now();
      while ((arrivals.get(id)?.length ?? 0) < CLIENTS && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 5));
      for (const t of arrivals.get(id) ?? []) latencies.push(Math.max(0, t - committed));
    }
    latencies.sort((x, y) => x - y);
    const expected = CLIENTS * MOVES;
    console.log(`deliveries: ${latencies.length}/${expected}`);
    console.log(`commit → client latency: p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
  } finally {
    for (const s of clients) s.disconnect();
    await server.close();
    await getDb().$disconnect();
    await dbInfo.release();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
