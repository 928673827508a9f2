/**
 * Runs the Playwright suite on an isolated database:
 * provision (embedded, or a fresh database on DATABASE_URL's server) → migrate
 * → seed the demo data → `next build` (skip with E2E_SKIP_BUILD=1) →
 * `playwright test` (which starts the app, sidecar and worker) → drop.
 * Extra arguments go to Playwright (e.g. `npm run test:e2e -- e2e/home.spec.ts`).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/db/generated/prisma/client";
import { provisionTestDatabase } from "../server/test/provision-database";
import { freePort } from "../server/db/embedded-postgres";
import { seedDemo } from "../prisma/seed";
import { ROOT } from "./local-env";

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.AUTH_SECRET ??= "e2e-auth-secret-e2e-auth-secret-e2e-auth-secret";
  process.env.APP_ENCRYPTION_KEY ??= "1f".repeat(32);
  const db = await provisionTestDatabase("e2e");
  process.env.DATABASE_URL = db.url;
  let status = 1;
  try {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
    await seedDemo(prisma);
    await prisma.$disconnect();
    const bin = (n: string) => path.join(ROOT, "node_modules", ".bin", n);
    if (!process.env.E2E_SKIP_BUILD) {
      const build = spawnSync(bin("next"), ["build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
      if (build.status !== 0) throw new Error("next build failed");
    }
    const port = await freePort();
    const realtimePort = await freePort();
    const run = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env, DATABASE_URL: db.url, E2E_PORT: String(port), E2E_REALTIME_PORT: String(realtimePort),
        REALTIME_PUBLIC_URL: `http://localhost:${realtimePort}`, AUTH_URL: `http://localhost:${port}`,
      },
    });
    status = run.status ?? 1;
  } finally {
    await db.release();
  }
  process.exit(status);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
