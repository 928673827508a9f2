/**
 * Socket.IO sidecar. Authenticates each connection from the next-auth session
 * cookie, authorises every room join through lib/auth/policy.ts, and relays
 * committed OutboxEvent rows (LISTEN/NOTIFY wake-up plus a poll safety net).
 * Every instance reads the outbox itself, so N sidecars each deliver every
 * event to their own clients; no shared in-process state is needed.
 */
import { createServer } from "node:http";
import { Server } from "socket.io";
import { getEnv, realtimePort, realtimePublicUrl } from "../env";
import { logger } from "../logger";
import { startHeartbeat } from "../health/heartbeat";
import { actorFromCookieHeader } from "./session-from-cookie";
import { registerSubscriptions } from "./subscriptions";
import { startOutboxRelay } from "./outbox-relay";
import { getDb } from "../db/prisma";

async function main() {
  const env = getEnv();
  const port = realtimePort(env);
  const appOrigin = process.env.AUTH_URL ?? `http://localhost:${env.PORT}`;
  const http = createServer((req, res) => {
    if (req.url === "/health") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true }));
      return;
    }
    res.writeHead(404).end();
  });
  const io = new Server(http, { cors: { origin: [appOrigin, `http://127.0.0.1:${env.PORT}`], credentials: true }, serveClient: false });

  io.use(async (socket, next) => {
    const actor = await actorFromCookieHeader(socket.handshake.headers.cookie);
    if (!actor) return next(new Error("UNAUTHENTICATED"));
    socket.data.actor = actor;
    next();
  });
  registerSubscriptions(io);
  const relay = await startOutboxRelay(io);
  await new Promise<void>((resolve) => http.listen(port, resolve));
  const heartbeat = startHeartbeat("realtime", realtimePublicUrl(env));
  logger.info({ port }, "realtime sidecar listening");

  const shutdown = async () => {
    await heartbeat.stop();
    await relay.stop();
    io.close();
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
