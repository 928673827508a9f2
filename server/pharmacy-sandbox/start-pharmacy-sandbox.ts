/**
 * The built-in sandbox pharmacy: a small HTTP service that accepts NCPDP SCRIPT NewRx
 * messages as JSON (lib/schemas/pharmacy-newrx.ts) and answers with an order id.
 *
 *   POST /v1/newrx        headers: Content-Type: application/json, Idempotency-Key (= Header.MessageID)
 *                         201 {orderId, status: "accepted", duplicate: false, receivedAt}
 *                         200 {..., duplicate: true}   same key again: the same order, never a second one
 *                         400 INVALID_MESSAGE | MISSING_IDEMPOTENCY_KEY, 409 IDEMPOTENCY_KEY_REUSED (other body),
 *                         413, 415, 422 REJECTED, 503 UNAVAILABLE | PHARMACY_OFFLINE (simulated, see sandbox-failures.ts)
 *   GET  /v1/orders/:id   {orderId, status: "received", receivedAt} | 404
 *   GET  /health          {status: "ok"}
 *
 * Latency (latencyMs) is added after the order is stored and before the answer, which also
 * simulates "the order was placed but the answer was lost" when the client times out.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { ZNewRxMessage } from "@/lib/schemas/pharmacy-newrx";
import { parseSandboxFail, simulatedFailure } from "./sandbox-failures";
import { SandboxStore } from "./sandbox-store";

export interface PharmacySandboxOptions {
  port: number;
  host?: string;
  databaseUrl: string;
  /** Probability (0..1) of a simulated 503 per request. */
  failureRate?: number;
  latencyMs?: number;
  logger?: Logger;
  random?: () => number;
}

export interface PharmacySandbox {
  url: string;
  port: number;
  store: SandboxStore;
  close(): Promise<void>;
}

const MAX_BODY = 256 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Reply = { status: number; body: object };
const error = (status: number, code: string, message: string, details: object = {}): Reply => ({ status, body: { code, message, details } });

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts the sandbox on `port` (0 = any free port) after creating its tables. */
export async function startPharmacySandbox(opts: PharmacySandboxOptions): Promise<PharmacySandbox> {
  const store = new SandboxStore(opts.databaseUrl);
  await store.migrate();
  const random = opts.random ?? Math.random;
  const log = opts.logger;

  async function newRx(req: http.IncomingMessage): Promise<Reply> {
    if (!(req.headers["content-type"] ?? "").toLowerCase().startsWith("application/json")) return error(415, "UNSUPPORTED_MEDIA_TYPE", "Send JSON.");
    const text = await readBody(req);
    if (text === null) return error(413, "PAYLOAD_TOO_LARGE", `At most ${MAX_BODY} bytes.`);
    const key = String(req.headers["idempotency-key"] ?? "").trim();
    if (key.length < 8 || key.length > 200) return error(400, "MISSING_IDEMPOTENCY_KEY", "Send an Idempotency-Key header (8-200 characters).");
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return error(400, "INVALID_MESSAGE", "The body is not valid JSON.");
    }
    const parsed = ZNewRxMessage.safeParse(json);
    // Paths only, never values: the message carries PHI.
    if (!parsed.success) return error(400, "INVALID_MESSAGE", "Not a valid NewRx message.", { paths: parsed.error.issues.map((i) => i.path.join(".")).slice(0, 20) });
    const msg = parsed.data.Message;
    if (msg.Header.MessageID !== key) return error(400, "INVALID_MESSAGE", "Header.MessageID must equal the Idempotency-Key.");
    const failure = simulatedFailure({
      forced: parseSandboxFail(req.headers["x-sandbox-fail"] as string | undefined),
      requestNumber: await store.countRequest(key),
      ncpdpId: msg.Header.To.Value,
      failureRate: opts.failureRate ?? 0,
      random: random(),
    });
    if (failure) return error(failure.status, failure.code, failure.status === 422 ? "The pharmacy rejected the order (sandbox)." : "The pharmacy is unavailable (sandbox); retry later.");
    const order = await store.placeOrder(key, msg.Body, msg.Header.To.Value, msg.Header.PrescriberOrderNumber);
    if (order.conflict) return error(409, "IDEMPOTENCY_KEY_REUSED", "This idempotency key was used for a different order.");
    return { status: order.duplicate ? 200 : 201, body: { orderId: order.orderId, status: "accepted", duplicate: order.duplicate, receivedAt: order.receivedAt.toISOString() } };
  }

  async function route(req: http.IncomingMessage): Promise<Reply> {
    const url = new URL(req.url ?? "/", "http://sandbox");
    if (req.method === "GET" && url.pathname === "/health") return { status: 200, body: { status: "ok" } };
    if (req.method === "POST" && url.pathname === "/v1/newrx") {
      const reply = await newRx(req);
      if (opts.latencyMs) await sleep(opts.latencyMs);
      return reply;
    }
    const m = /^\/v1\/orders\/([A-Za-z0-9-]{3,100})$/.exec(url.pathname);
    if (req.method === "GET" && m) {
      const order = await store.findOrder(m[1]!);
      return order ? { status: 200, body: { orderId: order.orderId, status: "received", receivedAt: order.receivedAt.toISOString() } } : error(404, "NOT_FOUND", "No such order.");
    }
    return error(404, "NOT_FOUND", "No such endpoint.");
  }

  const server = http.createServer((req, res) => {
    const t0 = performance.now();
    route(req)
      .catch((e: unknown) => {
        log?.error({ err: e }, "sandbox pharmacy error");
        return error(500, "INTERNAL", "Sandbox error.");
      })
      .then((reply) => {
        const body = reply.body as { orderId?: string; duplicate?: boolean; code?: string };
        // "errorCode", not "code": the logger redacts any "code" key (TOTP codes).
        log?.info({ method: req.method, path: req.url?.split("?")[0], status: reply.status, orderId: body.orderId, duplicate: body.duplicate, errorCode: body.code, ms: Math.round(performance.now() - t0) }, "sandbox request");
        res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${opts.host ?? "127.0.0.1"}:${port}`,
    port,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
