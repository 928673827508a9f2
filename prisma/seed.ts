/**
 * Demo data: the documented accounts (prisma/demo-accounts.ts) and a few
 * dozen consultations across states and urgencies, some already past their
 * SLA. Built only from factories. Refuses to run with NODE_ENV=production.
 *
 *   tsx prisma/seed.ts            seed (fails if accounts exist)
 *   tsx prisma/seed.ts --if-empty seed only an empty database
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/db/generated/prisma/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { createOrganization, createPatientUser, createStaffUser } from "./factories/users";
import { createConsultationInState } from "./factories/consultations";
import { DEMO_CONSULTATIONS, EXTRA_PATIENTS } from "./demo-consultations";
import { DEFAULT_SLA_MINUTES } from "../lib/sla/sla";
import { URGENCIES } from "../lib/consultations/statuses";
import { ensurePharmacySandboxService } from "../server/integrations/pharmacy/ensure-sandbox-service";

export async function seedDemo(db: PrismaClient, now = new Date()) {
  const org = await createOrganization(db);
  await db.slaPolicy.createMany({
    data: URGENCIES.map((u) => ({ urgency: u, targetMinutes: DEFAULT_SLA_MINUTES[u], breachAction: u === "urgent" ? "escalate" : u === "high" ? "reassign" : "notify" })),
  });
  await db.pharmacy.createMany({
    data: [
      { name: "Riverside Community Pharmacy (sandbox)", ncpdpId: "3312345", address: "12 River St, Albany, NY 12207", phone: "(518) 555-0142" },
      { name: "Main Street Drugs (sandbox)", ncpdpId: "3398765", address: "401 Main St, Newark, NJ 07102", phone: "(973) 555-0178" },
      { name: "Farmacia La Esperanza (sandbox)", ncpdpId: "0554433", address: "88 Mission St, San Jose, CA 95112", phone: "(408) 555-0113" },
      // NCPDP IDs starting 999 are "offline" in the sandbox: orders to it always land in the pharmacist's manual queue.
      { name: "Harbor Pharmacy (sandbox, always offline)", ncpdpId: "9990001", address: "5 Harbor Rd, Hoboken, NJ 07030", phone: "(201) 555-0190" },
    ],
  });
  await ensurePharmacySandboxService(db);
  const totp = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)?.totpSecret;
  const orgId = org.id;

  const alice = await createPatientUser(db, { organizationId: orgId, email: "alice@demo.test", name: "Alice Morgan", dateOfBirth: "1987-03-14", sex: "female", weightKg: 64, stateOfResidence: "NY" });
  const bob = await createPatientUser(db, {
    organizationId: orgId, email: "bob@demo.test", name: "Bob Nguyen", dateOfBirth: "1958-09-02", sex: "male", weightKg: 82, stateOfResidence: "NJ",
    pregnancyStatus: "not_applicable", chronicConditions: ["atrial fibrillation", "hypertension"],
    currentMedications: [{ name: "warfarin", doseMg: 5, frequencyPerDay: 1 }, { name: "lisinopril", doseMg: 10, frequencyPerDay: 1 }],
    allergies: [{ substance: "penicillin", reaction: "hives and facial swelling", type: "allergy" }],
  });
  const carmen = await createPatientUser(db, { organizationId: orgId, email: "carmen@demo.test", name: "Carmen Ruiz", dateOfBirth: "1996-11-21", sex: "female", weightKg: 58, stateOfResidence: "CA", languagePreference: "es" });

  const provider = (email: string, name: string, specialties: string[], extra: object = {}) =>
    createStaffUser(db, { organizationId: orgId, role: "provider", email, name, totpSecret: totp(email), provider: { specialties, ...extra } });
  const lee = await provider("dr.lee@demo.test", "Dr. Jordan Lee", ["family_medicine", "urgent_care"]);
  const garcia = await provider("dr.garcia@demo.test", "Dr. Sofia Garcia", ["family_medicine", "womens_health"]);
  await provider("dr.patel@demo.test", "Dr. Anika Patel", ["dermatology"], { completedTrainings: ["telehealth_basics", "teledermatology_imaging"] });
  await provider("dr.ortiz@demo.test", "Dr. Luis Ortiz", ["family_medicine"], { licenseExpiresAt: "2026-06-30" });
  const sup = await createStaffUser(db, { organizationId: orgId, role: "supervisor", email: "sup.jones@demo.test", name: "Morgan Jones", totpSecret: totp("sup.jones@demo.test") });
  await createStaffUser(db, { organizationId: orgId, role: "pharmacist", email: "pharm.kim@demo.test", name: "Hana Kim", totpSecret: totp("pharm.kim@demo.test") });
  await createStaffUser(db, { organizationId: orgId, role: "admin", email: "admin@demo.test", name: "Avery Admin", totpSecret: totp("admin@demo.test") });
  await db.provider.updateMany({ where: { id: { in: [lee.provider!.id, garcia.provider!.id] } }, data: { supervisorUserId: sup.user.id } });

  const extras = [];
  for (const p of EXTRA_PATIENTS) extras.push(await createPatientUser(db, { organizationId: orgId, ...p }));
  const patients = { alice, bob, carmen, ...Object.fromEntries(extras.map((e) => [e.user.email.split("@")[0]!, e])) } as Record<string, typeof alice>;
  const providers = { lee, garcia } as Record<string, typeof lee>;

  for (const d of DEMO_CONSULTATIONS) {
    const p = patients[d.patient]!;
    const pr = d.provider ? providers[d.provider] : undefined;
    const reviewer = d.provider === "lee" ? garcia : lee;
    await createConsultationInState(db, {
      organizationId: orgId, patient: p.patient, patientUserId: p.user.id, status: d.status, intake: d.intake,
      providerId: pr?.provider!.id, providerUserId: pr?.user.id, peerReviewerId: reviewer.provider!.id,
      submittedAt: new Date(now.getTime() - d.minutesAgo * 60_000), stepMinutes: d.stepMinutes, slaViolated: d.slaViolated, feedback: d.feedback,
    });
  }
  return { organizationId: orgId, consultations: DEMO_CONSULTATIONS.length };
}

async function main() {
  if (process.env.NODE_ENV === "production") {
    console.error("Refusing to seed demo data with NODE_ENV=production.");
    process.exit(1);
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  try {
    if (process.argv.includes("--if-empty") && (await db.user.count()) > 0) {
      console.log("Demo data already present; not seeding.");
      return;
    }
    const r = await seedDemo(db);
    console.log(`Seeded demo organisation with ${r.consultations} consultations.`);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
