/**
 * Creates the first administrator (and the organisation, if none exists):
 *   npm run create-admin -- --email admin@clinic.example --name "Ada Admin" [--organization "Clinic name"]
 * Prints a one-time temporary password. MFA set-up is required at first sign-in.
 */
import { parseArgs } from "node:util";
import { ensureDatabase, ensureLocalSecrets, loadDotEnv } from "./local-env";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, organization: { type: "string" } } });
  if (!values.email || !values.name) {
    console.error('Usage: npm run create-admin -- --email admin@clinic.example --name "Ada Admin" [--organization "Clinic name"]');
    process.exit(2);
  }
  loadDotEnv();
  ensureLocalSecrets();
  const pg = await ensureDatabase(() => undefined);
  const { db, getDb } = await import("../server/db/prisma");
  const { createStaffUser } = await import("../server/admin/create-staff-user");
  const { ZCreateStaffInput } = await import("../lib/schemas/account");
  try {
    const input = ZCreateStaffInput.parse({ email: values.email, name: values.name, role: "admin" });
    const org = (await db.organization.findFirst({ orderBy: { createdAt: "asc" } })) ?? (await db.organization.create({ data: { name: values.organization ?? "My clinic" } }));
    const { temporaryPassword } = await createStaffUser(null, org.id, input, { requestId: "cli-create-admin" });
    console.log(`Created admin ${input.email} in "${org.name}".\nTemporary password (shown once): ${temporaryPassword}\nSign in and set up two-factor authentication.`);
  } finally {
    await getDb().$disconnect();
    await pg?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
