/**
 * The sandbox pharmacy's own storage: schema `pharmacy_sandbox` in the same PostgreSQL
 * (never Prisma's public schema), created by the sandbox itself. Orders survive restarts of
 * the sandbox and of the worker, so idempotency holds across crashes: the same idempotency
 * key always returns the same order id and never creates a second order.
 */
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";

const SCHEMA_LOCK = 734_201_950;

const DDL = `
  CREATE SCHEMA IF NOT EXISTS pharmacy_sandbox;
  CREATE TABLE IF NOT EXISTS pharmacy_sandbox.orders (
    order_id text PRIMARY KEY,
    idempotency_key text NOT NULL UNIQUE,
    body_sha256 text NOT NULL,
    pharmacy_ncpdp_id text NOT NULL,
    prescriber_order_number text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    duplicate_requests integer NOT NULL DEFAULT 0
  );
  CREATE TABLE IF NOT EXISTS pharmacy_sandbox.request_counts (
    idempotency_key text PRIMARY KEY,
    count integer NOT NULL DEFAULT 0
  );`;

export interface StoredOrder {
  orderId: string;
  duplicate: boolean;
  /** The key was used before with a different message body. */
  conflict: boolean;
  receivedAt: Date;
}

export class SandboxStore {
  private readonly pool: pg.Pool;

  constructor(databaseUrl: string) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  }

  /** Creates the schema and tables (serialised: several sandboxes may start at once). */
  async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query("BEGIN");
      await c.query("SELECT pg_advisory_xact_lock($1)", [SCHEMA_LOCK]);
      await c.query(DDL);
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK").catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  /** Counts a request for `key` and returns how many there have been (forced-failure hook). */
  async countRequest(key: string): Promise<number> {
    const r = await this.pool.query<{ count: number }>(
      `INSERT INTO pharmacy_sandbox.request_counts (idempotency_key, count) VALUES ($1, 1)
       ON CONFLICT (idempotency_key) DO UPDATE SET count = request_counts.count + 1 RETURNING count`,
      [key],
    );
    return r.rows[0]!.count;
  }

  /**
   * Places the order once per key (one atomic upsert, safe under concurrent requests).
   * `content` is what must not change between retries (the NewRx Body, not the Header with its SentTime).
   */
  async placeOrder(key: string, content: unknown, ncpdpId: string, orderNumber: string): Promise<StoredOrder> {
    const sha = createHash("sha256").update(JSON.stringify(content)).digest("hex");
    const orderId = `SBX-${randomBytes(5).toString("hex").toUpperCase()}`;
    const r = await this.pool.query<{ order_id: string; body_sha256: string; received_at: Date; inserted: boolean }>(
      `INSERT INTO pharmacy_sandbox.orders (order_id, idempotency_key, body_sha256, pharmacy_ncpdp_id, prescriber_order_number)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (idempotency_key) DO UPDATE SET duplicate_requests = orders.duplicate_requests + 1
       RETURNING order_id, body_sha256, received_at, (xmax = 0) AS inserted`,
      [orderId, key, sha, ncpdpId, orderNumber],
    );
    const row = r.rows[0]!;
    return { orderId: row.order_id, duplicate: !row.inserted, conflict: row.body_sha256 !== sha, receivedAt: row.received_at };
  }

  /** Orders for a key (tests prove there is never more than one). */
  async ordersFor(key: string): Promise<{ orderId: string; duplicateRequests: number }[]> {
    const r = await this.pool.query<{ order_id: string; duplicate_requests: number }>(
      "SELECT order_id, duplicate_requests FROM pharmacy_sandbox.orders WHERE idempotency_key = $1",
      [key],
    );
    return r.rows.map((x) => ({ orderId: x.order_id, duplicateRequests: x.duplicate_requests }));
  }

  async findOrder(orderId: string): Promise<{ orderId: string; receivedAt: Date } | null> {
    const r = await this.pool.query<{ order_id: string; received_at: Date }>("SELECT order_id, received_at FROM pharmacy_sandbox.orders WHERE order_id = $1", [orderId]);
    return r.rows[0] ? { orderId: r.rows[0].order_id, receivedAt: r.rows[0].received_at } : null;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
