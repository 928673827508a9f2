/**
 * `npm run dev` / `npm start`: the whole system in one command.
 *   database (embedded unless DATABASE_URL) → migrations → demo data (dev, if empty)
 *   → Next.js app, Socket.IO sidecar, job worker and sandbox pharmacy, with prefixed output.
 * Ctrl-C (or SIGTERM) stops the children first, then PostgreSQL; nothing is left behind.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ensureDatabase, ensureLocalSecrets, loadDotEnv, ROOT } from "./local-env";
import { DEMO_ACCOUNTS_TEXT } from "../prisma/demo-accounts";

const mode = process.argv[2] === "start" ? "start" : "dev";
const log = (s: string) => console.log(`\x1b[36m[async-visits]\x1b[0m ${s}`);
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

async function main() {
  loadDotEnv();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.PORT ??= "3000";
  process.env.REALTIME_PORT ??= String(Number(process.env.PORT) + 1);
  process.env.REALTIME_PUBLIC_URL ??= `http://localhost:${process.env.REALTIME_PORT}`;
  process.env.AUTH_URL ??= `http://localhost:${process.env.PORT}`;
  process.env.AUTH_TRUST_HOST ??= "true";
  process.env.PHARMACY_SANDBOX_PORT ??= String(Number(process.env.PORT) + 2);
  process.env.PHARMACY_SANDBOX_URL ??= `http://127.0.0.1:${process.env.PHARMACY_SANDBOX_PORT}`;
  const { generated } = ensureLocalSecrets();
  if (generated) log("Using local secrets from .data/secrets.json (set AUTH_SECRET and APP_ENCRYPTION_KEY in production).");

  const pg = await ensureDatabase(log);
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Stopping…");
    await Promise.all(children.map(terminate));
    if (pg) {
      await pg.stop();
      log("PostgreSQL stopped.");
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  log("Applying migrations…");
  const migrate = spawnSync(bin("prisma"), ["migrate", "deploy"], { cwd: ROOT, env: process.env, encoding: "utf8" });
  if (migrate.status !== 0) {
    console.error(migrate.stdout, migrate.stderr);
    return stop(1);
  }
  if (mode === "dev" && process.env.SEED !== "never") {
    const seed = spawnSync(bin("tsx"), ["prisma/seed.ts", "--if-empty"], { cwd: ROOT, env: process.env, stdio: "inherit" });
    if (seed.status !== 0) return stop(1);
  }

  const next = mode === "dev" ? ["dev", "-p", process.env.PORT!] : ["start", "-p", process.env.PORT!];
  const procs: [string, string, string[], Record<string, string>][] = [
    ["web", bin("next"), next, {}],
    ["realtime", bin("tsx"), ["server/realtime/main.ts"], { SERVICE_NAME: "realtime" }],
    ["worker", bin("tsx"), ["server/worker/main.ts"], { SERVICE_NAME: "worker" }],
  ];
  // The built-in sandbox pharmacy (NCPDP NewRx over JSON); PHARMACY_SANDBOX=off when a real gateway is configured.
  if (process.env.PHARMACY_SANDBOX !== "off") procs.push(["pharmacy", bin("tsx"), ["server/pharmacy-sandbox/main.ts"], { SERVICE_NAME: "pharmacy" }]);
  for (const [name, cmd, args, env] of procs) {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    prefix(child, name);
    child.on("exit", (code, signal) => {
      if (!stopping) {
        log(`${name} exited (${signal ?? code}); shutting down.`);
        void stop(1);
      }
    });
    children.push(child);
  }
  log(`App:      http://localhost:${process.env.PORT}`);
  log(`Realtime: ${process.env.REALTIME_PUBLIC_URL}`);
  log(`Health:   http://localhost:${process.env.PORT}/api/health`);
  if (process.env.PHARMACY_SANDBOX !== "off") log(`Pharmacy: ${process.env.PHARMACY_SANDBOX_URL} (sandbox)`);
  if (mode === "dev") console.log(DEMO_ACCOUNTS_TEXT);
  log("Press Ctrl-C to stop.");
}

const COLORS: Record<string, string> = { web: "32", realtime: "35", worker: "33", pharmacy: "34" };
function prefix(child: ChildProcess, name: string) {
  const tag = `\x1b[${COLORS[name] ?? "37"}m[${name}]\x1b[0m `;
  for (const stream of [child.stdout!, child.stderr!]) {
    let buf = "";
    stream.on("data", (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split("\n");
      buf = lines.pop()!;
      for (const line of lines) process.stdout.write(tag + line + "\n");
    });
  }
}

/** SIGTERM to the child's whole process group (Next spawns its own workers), SIGKILL after 10 s. */
function terminate(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve();
    child.once("exit", () => resolve());
    const kill = (sig: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, sig);
      } catch {
        resolve();
      }
    };
    kill("SIGTERM");
    setTimeout(() => kill("SIGKILL"), 10_000).unref();
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
