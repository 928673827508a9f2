import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpPharmacyGateway } from "./http-pharmacy-gateway";
import type { TNewRxMessage } from "@/lib/schemas/pharmacy-newrx";

let server: http.Server;
let base: string;
let nextReply: { status: number; body: unknown; delayMs?: number } = { status: 201, body: {} };
let lastKey: string | undefined;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    lastKey = req.headers["idempotency-key"] as string;
    req.resume();
    setTimeout(() => res.writeHead(nextReply.status, { "content-type": "application/json" }).end(JSON.stringify(nextReply.body)), nextReply.delayMs ?? 0);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const gw = () => new HttpPharmacyGateway({ key: "test", baseUrl: base, timeoutMs: 300 });
const send = () => gw().sendNewRx({} as TNewRxMessage, { idempotencyKey: "idem-key-123" });

describe("HttpPharmacyGateway: every outcome is a typed result", () => {
  it("returns the order id and sends the idempotency key", async () => {
    nextReply = { status: 201, body: { orderId: "SBX-1", status: "accepted", duplicate: false, receivedAt: "2026-12-05T00:00:00Z" } };
    expect(await send()).toEqual({ ok: true, orderId: "SBX-1", duplicate: false });
    expect(lastKey).toBe("idem-key-123");
  });

  it.each([
    [503, { code: "UNAVAILABLE" }, true, "UNAVAILABLE"],
    [429, {}, true, "HTTP_429"],
    [422, { code: "REJECTED" }, false, "REJECTED"],
    [400, { code: "invalid <b>html</b>" }, false, "HTTP_400"],
    [200, { nothing: true }, true, "BAD_RESPONSE"],
  ])("status %i → retryable %s", async (status, body, retryable, code) => {
    nextReply = { status, body };
    expect(await send()).toMatchObject({ ok: false, retryable, code });
  });

  it("treats a timeout and an unreachable host as retryable", async () => {
    nextReply = { status: 201, body: {}, delayMs: 1_000 };
    expect(await send()).toMatchObject({ ok: false, retryable: true, code: "TIMEOUT" });
    const dead = new HttpPharmacyGateway({ key: "x", baseUrl: "http://127.0.0.1:1", timeoutMs: 300 });
    expect(await dead.sendNewRx({} as TNewRxMessage, { idempotencyKey: "idem-key-123" })).toMatchObject({ ok: false, retryable: true, code: "NETWORK_ERROR" });
  });
});
