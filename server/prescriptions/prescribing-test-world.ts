/**
 * Integration-test world for prescribing (not used by the app): an organisation with a
 * warfarin patient (like demo Bob), a healthy patient, providers, a pharmacist, a sandbox
 * pharmacy, and the sandbox pharmacy service running in-process on a free port.
 */
import { randomBytes } from "node:crypto";
import type { UserActor } from "@/lib/auth/actor";
import type { TApprovePrescriptionsInput, TPrescriptionItem } from "@/lib/schemas/prescriptions";
import { db } from "../db/prisma";
import { makeWorld, staffActor, testRequest } from "../test/fixtures";
import { startPharmacySandbox, type PharmacySandbox } from "../pharmacy-sandbox/start-pharmacy-sandbox";
import { HttpPharmacyGateway } from "../integrations/pharmacy/http-pharmacy-gateway";
import type { PharmacyGateway } from "../integrations/pharmacy/pharmacy-gateway";
import type { GatewayRoute } from "../integrations/pharmacy/resolve-pharmacy-gateway";
import { approvePrescriptions } from "./approve-prescriptions";

export const ACETAMINOPHEN: TPrescriptionItem = { name: "acetaminophen", doseMg: 500, doseText: "500 mg", frequencyPerDay: 4, frequencyText: "every 6 hours as needed", durationDays: 5, quantity: 20, refills: 0 };
export const IBUPROFEN: TPrescriptionItem = { name: "ibuprofen", doseMg: 400, doseText: "400 mg", frequencyPerDay: 3, frequencyText: "three times a day with food", durationDays: 5, quantity: 15, refills: 0 };

export async function makePrescribingWorld() {
  const w = await makeWorld();
  const bob = await w.patient({
    name: "Bob Tester", dateOfBirth: "1958-09-02", sex: "male", weightKg: 82, pregnancyStatus: "not_applicable",
    currentMedications: [{ name: "warfarin", doseMg: 5, frequencyPerDay: 1 }, { name: "lisinopril", doseMg: 10, frequencyPerDay: 1 }],
    allergies: [{ substance: "penicillin", reaction: "hives and facial swelling", type: "allergy" }],
  });
  const ann = await w.patient({ name: "Ann Healthy", dateOfBirth: "1990-01-15", sex: "female", weightKg: 65, pregnancyStatus: "not_pregnant" });
  const lee = await w.provider();
  const garcia = await w.provider();
  const pharmacist = await w.staff({ role: "pharmacist" });
  const pharmacy = await db.pharmacy.create({
    data: { name: "Test Pharmacy (sandbox)", ncpdpId: randomBytes(4).toString("hex").slice(0, 7), address: "1 Test St", phone: "(555) 555-0100", gatewayKey: "sandbox" },
  });
  const inReview = (patient: typeof bob, provider = lee) =>
    w.consultation({ patient: patient.patient, patientUserId: patient.user.id, status: "in_review", providerId: provider.provider!.id, providerUserId: provider.user.id, intake: { chiefComplaint: "Cough with green phlegm for a week" } });
  const approve = (consultationId: string, items: TPrescriptionItem[], extra: Partial<TApprovePrescriptionsInput> = {}, actor: UserActor = staffActor(lee), now?: Date) =>
    approvePrescriptions(actor, consultationId, { items, pharmacyId: pharmacy.id, ...extra }, testRequest("rx"), now);
  return { w, bob, ann, lee, garcia, pharmacist, pharmacy, inReview, approve };
}

/** Starts the sandbox on a free port and points the app's sandbox gateway at it. */
export async function startTestSandbox(opts: { latencyMs?: number } = {}): Promise<PharmacySandbox> {
  const sandbox = await startPharmacySandbox({ port: 0, databaseUrl: process.env.DATABASE_URL!, ...opts });
  process.env.PHARMACY_SANDBOX_URL = sandbox.url;
  return sandbox;
}

/** A route to the sandbox with extra headers (e.g. X-Sandbox-Fail) or a wrapper around the gateway. */
export function routeTo(sandbox: PharmacySandbox, opts: { headers?: Record<string, string>; wrap?: (g: PharmacyGateway) => PharmacyGateway } = {}) {
  return async (): Promise<GatewayRoute> => {
    const gateway = new HttpPharmacyGateway({ key: "sandbox", baseUrl: sandbox.url, timeoutMs: 5_000, headers: opts.headers });
    return { ok: true, gateway: opts.wrap ? opts.wrap(gateway) : gateway };
  };
}
