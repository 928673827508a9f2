/** `npm run bench`: runs every benchmark in this folder in turn and prints their figures. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = import.meta.dirname;
const only = process.argv[2];
const benches = fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts" && (!only || f.includes(only))).sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file.replace(/\.ts$/, "")} ===`);
  const r = spawnSync(path.join(dir, "../../node_modules/.bin/tsx"), [path.join(dir, file)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
