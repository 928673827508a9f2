/**
 * Builders for organisations and accounts. Shared by the demo seed,
 * integration tests and e2e setup, so every kind of account is made one way.
 */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../server/db/generated/prisma/client";
import { hashPassword } from "../../server/auth/password";
import { encryptString } from "../../server/crypto";

type Db = Pick<PrismaClient, "organization" | "user" | "patient" | "provider">;

let cachedHash: { password: string; hash: Promise<string> } | undefined;
/** Hashing is deliberately slow; factories reuse one hash per password. */
function passwordHash(password: string) {
  if (cachedHash?.password !== password) cachedHash = { password, hash: hashPassword(password) };
  return cachedHash.hash;
}

export async function createOrganization(db: Db, name = "Riverside Virtual Clinic") {
  return db.organization.create({ data: { name } });
}

export interface PatientSpec {
  organizationId: string;
  email?: string;
  name?: string;
  password?: string;
  dateOfBirth?: string;
  sex?: string;
  weightKg?: number;
  pregnancyStatus?: string;
  allergies?: { substance: string; reaction?: string; type: "allergy" | "intolerance" }[];
  currentMedications?: { name: string; doseMg?: number; frequencyPerDay?: number }[];
  chronicConditions?: string[];
  languagePreference?: string;
  stateOfResidence?: string;
  immunosuppressed?: boolean;
}

export async function createPatientUser(db: Db, spec: PatientSpec) {
  const email = spec.email ?? `patient-${randomUUID().slice(0, 8)}@example.test`;
  const user = await db.user.create({
    data: {
      email, name: spec.name ?? "Test Patient", role: "patient", organizationId: spec.organizationId,
      passwordHash: await passwordHash(spec.password ?? "DemoVisits!2026"),
      patient: {
        create: {
          dateOfBirth: new Date(spec.dateOfBirth ?? "1988-04-12"), sex: spec.sex ?? "female", weightKg: spec.weightKg ?? 68,
          pregnancyStatus: spec.pregnancyStatus ?? "not_pregnant", allergies: spec.allergies ?? [],
          currentMedications: spec.currentMedications ?? [], chronicConditions: spec.chronicConditions ?? [],
          languagePreference: spec.languagePreference ?? "en", stateOfResidence: spec.stateOfResidence ?? "NY",
          immunosuppressed: spec.immunosuppressed ?? false,
        },
      },
    },
    include: { patient: true },
  });
  return { user, patient: user.patient! };
}

export interface StaffSpec {
  organizationId: string;
  role: "provider" | "supervisor" | "pharmacist" | "admin";
  email?: string;
  name?: string;
  password?: string;
  totpSecret?: string;
  provider?: {
    specialties?: string[];
    licensedStates?: string[];
    licenseExpiresAt?: string;
    maxDailyConsultations?: number;
    completedTrainings?: string[];
    credential?: string;
    timeZone?: string;
    inTraining?: boolean;
  };
}

export async function createStaffUser(db: Db, spec: StaffSpec) {
  const p = spec.provider ?? {};
  const user = await db.user.create({
    data: {
      email: spec.email ?? `${spec.role}-${randomUUID().slice(0, 8)}@example.test`,
      name: spec.name ?? `Test ${spec.role}`,
      role: spec.role,
      organizationId: spec.organizationId,
      passwordHash: await passwordHash(spec.password ?? "DemoVisits!2026"),
      mfaSecretEnc: spec.totpSecret ? encryptString(spec.totpSecret) : null,
      mfaEnabledAt: spec.totpSecret ? new Date() : null,
      provider:
        spec.role === "provider"
          ? {
              create: {
                specialties: p.specialties ?? ["family_medicine"],
                licenseNumber: `LIC-${randomUUID().slice(0, 6).toUpperCase()}`,
                licensedStates: p.licensedStates ?? ["NY", "NJ", "CA", "TX", "FL"],
                licenseExpiresAt: new Date(p.licenseExpiresAt ?? "2028-12-31"),
                maxDailyConsultations: p.maxDailyConsultations ?? 25,
                completedTrainings: p.completedTrainings ?? ["telehealth_basics", "teledermatology_imaging", "emergency_recognition"],
                credential: p.credential ?? "MD",
                timeZone: p.timeZone ?? "America/New_York",
                inTraining: p.inTraining ?? false,
              },
            }
          : undefined,
    },
    include: { provider: true },
  });
  return { user, provider: user.provider };
}
