/**
 * Integration-test world: an organisation with patients and providers, built
 * with the same factories as the seed. Each test file makes its own world, so
 * files never see each other's rows.
 */
import { db } from "../db/prisma";
import { createOrganization, createPatientUser, createStaffUser, type PatientSpec, type StaffSpec } from "@/prisma/factories/users";
import { createConsultationInState, type ConsultationSpec } from "@/prisma/factories/consultations";
import type { UserActor } from "@/lib/auth/actor";
import type { RequestContext } from "../http/request-context";

export const testRequest = (label = "test"): RequestContext => ({ requestId: `${label}-${crypto.randomUUID()}`, ipAddress: "127.0.0.1", userAgent: "vitest" });

export async function makeWorld() {
  const org = await createOrganization(db, `Test clinic ${crypto.randomUUID().slice(0, 6)}`);
  const patient = (spec: Partial<PatientSpec> = {}) => createPatientUser(db, { organizationId: org.id, ...spec });
  const staff = (spec: Omit<StaffSpec, "organizationId">) => createStaffUser(db, { organizationId: org.id, ...spec });
  const provider = (p: StaffSpec["provider"] = {}) => staff({ role: "provider", provider: p });
  const consultation = (spec: Omit<ConsultationSpec, "organizationId">) => createConsultationInState(db, { organizationId: org.id, ...spec });
  return { org, patient, staff, provider, consultation };
}

type Patient = Awaited<ReturnType<typeof createPatientUser>>;
type Staff = Awaited<ReturnType<typeof createStaffUser>>;

export function patientActor(p: Patient): UserActor {
  return { kind: "user", userId: p.user.id, role: "patient", organizationId: p.user.organizationId, patientId: p.patient.id };
}

export function staffActor(s: Staff): UserActor {
  return {
    kind: "user", userId: s.user.id, role: s.user.role, organizationId: s.user.organizationId,
    providerId: s.provider?.id, specialties: s.provider?.specialties, mfaVerifiedAt: new Date(), mfaEnabled: true,
  };
}

export async function countRows(consultationId: string) {
  const [history, outbox, audit] = await Promise.all([
    db.consultationStateHistory.count({ where: { consultationId } }),
    db.outboxEvent.count({ where: { consultationId } }),
    db.auditLog.count({ where: { resourceId: consultationId, outcome: "allowed" } }),
  ]);
  return { history, outbox, audit };
}
