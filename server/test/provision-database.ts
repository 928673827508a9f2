/**
 * Gives a test run its own PostgreSQL database:
 * - DATABASE_URL set: a fresh database `av_test_<random>` on that server, dropped afterwards;
 * - otherwise: an embedded server in a temp directory on a free port, deleted afterwards.
 * Migrations are applied with `prisma migrate deploy`, exactly as in production.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import pg from "pg";
import { freePort, startEmbeddedPostgres } from "../db/embedded-postgres";

export interface ProvisionedDatabase {
  url: string;
  release(): Promise<void>;
}

export async function provisionTestDatabase(label = "test"): Promise<ProvisionedDatabase> {
  const name = `av_${label}_${randomBytes(4).toString("hex")}`;
  const external = process.env.DATABASE_URL;
  let url: string;
  let release: () => Promise<void>;
  if (external) {
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    await admin.end();
    const u = new URL(external);
    u.pathname = `/${name}`;
    url = u.toString();
    release = async () => {
      const c = new pg.Client({ connectionString: external });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "av-pg-"));
    fs.chmodSync(dir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: await freePort(), persistent: false, fast: true });
    await server.createDatabase(name);
    url = server.url(name);
    release = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  migrate(url);
  return { url, release };
}

/** Applies prisma/migrations to the database at `url`. */
export function migrate(url: string) {
  const root = path.resolve(import.meta.dirname, "../..");
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}
