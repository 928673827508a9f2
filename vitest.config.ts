import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = { "@": path.resolve(import.meta.dirname) };

/**
 * Two projects:
 * - unit: pure modules (lib/**), no database, fast.
 * - integration: *.int.test.ts against a real PostgreSQL (embedded, or a fresh
 *   database on DATABASE_URL's server), provisioned once per run in global setup.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**"],
          globalSetup: ["server/test/global-setup.ts"],
          setupFiles: ["server/test/setup-env.ts"],
          hookTimeout: 120_000,
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
