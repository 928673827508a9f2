/**
 * Builds a Socket.IO sidecar on `port`: session-cookie authentication, policy-
 * checked room joins, and an outbox relay. Used by main.ts and by tests, which
 * start two of them to prove every instance delivers every event.
 */
import { createServer } from "node:http";
import { Server } from "socket.io";
import { actorFromCookieHeader } from "./session-from-cookie";
import { registerSubscriptions } from "./subscriptions";
import { startOutboxRelay } from "./outbox-relay";

export interface RealtimeServer {
  io: Server;
  port: number;
  close(): Promise<void>;
}

export async function createRealtimeServer(opts: { port: number; allowedOrigins: string[] }): Promise<RealtimeServer> {
  const http = createServer((req, res) => {
    if (req.url === "/health") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true }));
      return;
    }
    res.writeHead(404).end();
  });
  const io = new Server(http, { cors: { origin: opts.allowedOrigins, credentials: true }, serveClient: false });
  io.use(async (socket, next) => {
    const actor = await actorFromCookieHeader(socket.handshake.headers.cookie);
    if (!actor) return next(new Error("UNAUTHENTICATED"));
    socket.data.actor = actor;
    next();
  });
  registerSubscriptions(io);
  const relay = await startOutboxRelay(io);
  await new Promise<void>((resolve) => http.listen(opts.port, "0.0.0.0", resolve));
  const port = (http.address() as { port: number }).port;
  return {
    io,
    port,
    async close() {
      await relay.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
