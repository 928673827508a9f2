/**
 * A local fake of an OpenAI-compatible endpoint for tests: node:http on a free port answering
 * POST /v1/chat/completions with scripted replies (good JSON, invalid JSON, schema-violating
 * JSON, slow answers, 429, 500...). It records every request body, so tests can check exactly
 * what would have left the building.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FakeReply =
  | { content: string; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { json: unknown; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { status: number; body?: unknown }
  | { delayMs: number; then: FakeReply }
  | { refusal: string };

export interface FakeOpenAi {
  /** Base URL for OPENAI_BASE_URL, ending in /v1. */
  url: string;
  /** Parsed JSON bodies of every chat-completions request, in order. */
  requests: Record<string, unknown>[];
  /** Replies for the next requests, in order; afterwards `fallback` answers. */
  reply(...replies: FakeReply[]): void;
  fallback: FakeReply;
  close(): Promise<void>;
}

const completion = (content: string | null, model: string, usage = { prompt_tokens: 321, completion_tokens: 123 }, refusal: string | null = null) => ({
  id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
  object: "chat.completion",
  created: Math.floor(Date.now() / 1000),
  model,
  choices: [{ index: 0, message: { role: "assistant", content, refusal }, finish_reason: "stop", logprobs: null }],
  usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
});

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const queue: FakeReply[] = [];
  const requests: Record<string, unknown>[] = [];
  const fake: FakeOpenAi = {
    url: "",
    requests,
    reply: (...replies) => void queue.push(...replies),
    fallback: { status: 500, body: { error: { message: "no scripted reply", type: "server_error" } } },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const send = (res: http.ServerResponse, body: Record<string, unknown>, reply: FakeReply) => {
    if ("delayMs" in reply) {
      const timer = setTimeout(() => send(res, body, reply.then), reply.delayMs);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    if (res.destroyed) return;
    const model = String(body.model ?? "fake-model");
    const write = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    if ("status" in reply) return write(reply.status, reply.body ?? { error: { message: `HTTP ${reply.status}`, type: "fake" } });
    if ("refusal" in reply) return write(200, completion(null, model, undefined, reply.refusal));
    const content = "json" in reply ? JSON.stringify(reply.json) : reply.content;
    return write(200, completion(content, model, reply.usage));
  };

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as Record<string, unknown>;
      requests.push(body);
      send(res, body, queue.shift() ?? fake.fallback);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}
