/**
 * Prisma CLI configuration (the app runtime builds its own client in server/db/prisma.ts).
 * The patches below make the Prisma 6.19 WASM schema engine work through the pg
 * driver adapter on these machines; each one is explained in STACK-NOTES-derived
 * comments. Nothing here is used at run time.
 */
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Unset DATABASE_URL would make `prisma generate` try an engine download.
process.env.DATABASE_URL ??= "postgresql://postgres:postgres@127.0.0.1:54329/asyncvisits";
const url = new URL(process.env.DATABASE_URL);
const database = url.pathname.slice(1);
// Discrete fields, not connectionString: the shadow DB swaps `database`.
const base = {
  host: url.hostname,
  port: Number(url.port || 5432),
  user: decodeURIComponent(url.username),
  password: decodeURIComponent(url.password),
  allowExitOnIdle: true,
};

async function admin(sql: string) {
  const c = new pg.Client({ ...base, database });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

let patched = false;
function patch(adapter: object) {
  if (patched) return;
  patched = true;
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  const performIO = queryable.performIO;
  queryable.performIO = async function (this: unknown, q: unknown) {
    const r = await performIO.call(this, q);
    // 'char'/name columns cannot be deserialized by the adapter: treat them as text.
    for (const f of r?.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
    // PostgreSQL 18 lists NOT NULL constraints (contype 'n'); the engine does not expect them.
    const ct = r?.fields?.findIndex((f: { name: string }) => f.name === "constraint_type") ?? -1;
    if (ct >= 0) r.rows = r.rows.filter((row: unknown[]) => row[ct] !== "n");
    return r;
  };
  // Run migration.sql whole: splitting on ";" breaks $$-quoted function bodies.
  Object.getPrototypeOf(adapter).executeScript = async function (
    this: { client: pg.Pool; onError(e: unknown): never },
    sql: string,
  ) {
    try {
      await this.client.query(sql);
    } catch (e) {
      this.onError(e);
    }
  };
}

class PrismaPgMigrate extends PrismaPg {
  async connect() {
    const a = await super.connect();
    patch(a);
    return a;
  }
  // The shadow DB is created and dropped here so the pool is closed before the drop.
  async connectToShadowDb() {
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    await admin(`CREATE DATABASE "${name}"`);
    const a = await new PrismaPg({ ...base, database: name }).connect();
    patch(a);
    const dispose = a.dispose.bind(a);
    a.dispose = async () => {
      await dispose();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return a;
  }
}

// The WASM engine leaves long timers running; unref them so the CLI exits promptly.
const st = globalThis.setTimeout;
globalThis.setTimeout = ((fn: () => void, ms?: number, ...a: unknown[]) => {
  const t = st(fn, ms, ...a) as unknown as NodeJS.Timeout;
  if ((ms ?? 0) >= 5000) t.unref();
  return t;
}) as unknown as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new PrismaPgMigrate({ ...base, database }),
});
