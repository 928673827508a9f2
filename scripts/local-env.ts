/**
 * Local defaults for a machine with nothing configured: secrets generated once
 * and kept in .data/secrets.json (git-ignored), and an embedded PostgreSQL
 * when DATABASE_URL is unset. Used by `npm run dev`, `npm start` and scripts.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../server/db/embedded-postgres";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const DATA_DIR = path.join(ROOT, ".data");
const DEFAULT_DB = "asyncvisits";

/** Loads .env (if present) without overriding the real environment. */
export function loadDotEnv() {
  const file = path.join(ROOT, ".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/** AUTH_SECRET and APP_ENCRYPTION_KEY: from the environment, else generated once per checkout. */
export function ensureLocalSecrets(): { generated: boolean } {
  if (process.env.AUTH_SECRET && process.env.APP_ENCRYPTION_KEY) return { generated: false };
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "secrets.json");
  let secrets: { AUTH_SECRET?: string; APP_ENCRYPTION_KEY?: string } = {};
  if (fs.existsSync(file)) secrets = JSON.parse(fs.readFileSync(file, "utf8"));
  secrets.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  secrets.APP_ENCRYPTION_KEY ??= randomBytes(32).toString("hex");
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  process.env.AUTH_SECRET ??= secrets.AUTH_SECRET;
  process.env.APP_ENCRYPTION_KEY ??= secrets.APP_ENCRYPTION_KEY;
  return { generated: true };
}

/** Uses DATABASE_URL when set; otherwise starts the embedded server under .data/postgres. */
export async function ensureDatabase(log: (s: string) => void): Promise<EmbeddedPostgres | null> {
  if (process.env.DATABASE_URL) {
    log(`Using DATABASE_URL (${redactUrl(process.env.DATABASE_URL)})`);
    return null;
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  log(`No DATABASE_URL: starting embedded PostgreSQL on 127.0.0.1:${port} (data in .data/postgres)`);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port, persistent: true });
  await pg.createDatabase(DEFAULT_DB);
  process.env.DATABASE_URL = pg.url(DEFAULT_DB);
  return pg;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}
