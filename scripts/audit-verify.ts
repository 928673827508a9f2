/** `npm run audit:verify`: recomputes the audit hash chain; exits 1 when it is broken. */
import { ensureDatabase, ensureLocalSecrets, loadDotEnv } from "./local-env";

async function main() {
  loadDotEnv();
  ensureLocalSecrets();
  const pg = await ensureDatabase(() => undefined);
  const { verifyAuditChain } = await import("../server/audit/verify-audit-chain");
  const { getDb } = await import("../server/db/prisma");
  try {
    const result = await verifyAuditChain();
    console.log(JSON.stringify(result));
    process.exitCode = result.intact ? 0 : 1;
  } finally {
    await getDb().$disconnect();
    await pg?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
