/**
 * Socket.IO sidecar process. Every instance reads the outbox itself, so N
 * sidecars each deliver every event to their own clients; no shared
 * in-process state is needed (see create-realtime-server.ts).
 */
import { getEnv, realtimePort, realtimePublicUrl } from "../env";
import { logger } from "../logger";
import { startHeartbeat } from "../health/heartbeat";
import { getDb } from "../db/prisma";
import { createRealtimeServer } from "./create-realtime-server";

async function main() {
  const env = getEnv();
  const appOrigin = process.env.AUTH_URL ?? `http://localhost:${env.PORT}`;
  const server = await createRealtimeServer({ port: realtimePort(env), allowedOrigins: [appOrigin, `http://127.0.0.1:${env.PORT}`, `http://localhost:${env.PORT}`] });
  const heartbeat = startHeartbeat("realtime", realtimePublicUrl(env));
  logger.info({ port: server.port }, "realtime sidecar listening");

  const shutdown = async () => {
    await heartbeat.stop();
    await server.close();
    await getDb().$disconnect();
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((e) => {
  logger.fatal({ err: e }, "realtime sidecar failed to start");
  process.exit(1);
});
