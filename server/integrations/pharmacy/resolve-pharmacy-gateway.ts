/**
 * Decides whether a prescription may go to a pharmacy electronically, and through which
 * gateway. Refusals are values with a reason for the pharmacist's manual queue:
 *  - the pharmacy's gateway has no ExternalService row, is disabled, or is not covered by a
 *    Business Associate Agreement (no PHI to a vendor without a BAA);
 *  - no gateway implementation is registered for the key;
 *  - a controlled substance and a gateway that is not EPCS-capable.
 * Nothing is sent unless this returns ok.
 */
import type { DeaSchedule } from "@/lib/prescriptions/controlled-substances";
import { db } from "../../db/prisma";
import { getPharmacyConfig } from "./pharmacy-config";
import type { PharmacyGateway } from "./pharmacy-gateway";
import { HttpPharmacyGateway } from "./http-pharmacy-gateway";
import { ensurePharmacySandboxService, pharmacyServiceKey, SANDBOX_GATEWAY_KEY } from "./ensure-sandbox-service";

export type GatewayRoute = { ok: true; gateway: PharmacyGateway } | { ok: false; code: string; reason: string };

type ServiceRow = { key: string; baseUrl: string | null };

/** Gateway implementations by Pharmacy.gatewayKey. Register a real vendor adapter here. */
export const GATEWAY_FACTORIES: Record<string, (service: ServiceRow) => PharmacyGateway> = {
  [SANDBOX_GATEWAY_KEY]: (service) => {
    const cfg = getPharmacyConfig();
    // The env wins over the row: the sandbox port differs per machine and test run.
    return new HttpPharmacyGateway({ key: SANDBOX_GATEWAY_KEY, baseUrl: process.env.PHARMACY_SANDBOX_URL ?? service.baseUrl ?? cfg.sandboxUrl, timeoutMs: cfg.PHARMACY_GATEWAY_TIMEOUT_MS });
  },
};

export interface RouteRequest {
  gatewayKey: string;
  deaSchedule: DeaSchedule | null;
}

export async function resolvePharmacyGateway(req: RouteRequest): Promise<GatewayRoute> {
  const key = pharmacyServiceKey(req.gatewayKey);
  let service = await db.externalService.findUnique({ where: { key } });
  if (!service && req.gatewayKey === SANDBOX_GATEWAY_KEY) service = await ensurePharmacySandboxService();
  if (!service) return { ok: false, code: "GATEWAY_NOT_REGISTERED", reason: `No external service "${key}" is registered, so nothing is sent electronically.` };
  if (!service.enabled) return { ok: false, code: "GATEWAY_DISABLED", reason: `The pharmacy gateway "${service.name}" is disabled by an administrator.` };
  if (!service.baaCovered) {
    return { ok: false, code: "NO_BAA", reason: `The pharmacy gateway "${service.name}" is not covered by a Business Associate Agreement; patient data is not sent to it.` };
  }
  const factory = GATEWAY_FACTORIES[req.gatewayKey];
  if (!factory) return { ok: false, code: "GATEWAY_NOT_IMPLEMENTED", reason: `No gateway implementation is installed for "${req.gatewayKey}".` };
  const gateway = factory(service);
  if (req.deaSchedule && !gateway.capabilities.controlledSubstances) {
    return {
      ok: false, code: "EPCS_NOT_SUPPORTED",
      reason: `Schedule ${req.deaSchedule.slice(1)} controlled substance: this gateway is not certified for electronic prescribing of controlled substances (EPCS); send it by an approved route.`,
    };
  }
  return { ok: true, gateway };
}

/** Is the pharmacy's gateway allowed to receive orders? (For the pharmacy picker; no capability check.) */
export async function isGatewayUsable(gatewayKey: string): Promise<boolean> {
  const service = await db.externalService.findUnique({ where: { key: pharmacyServiceKey(gatewayKey) } });
  if (!service) return gatewayKey === SANDBOX_GATEWAY_KEY && gatewayKey in GATEWAY_FACTORIES;
  return service.enabled && service.baaCovered && gatewayKey in GATEWAY_FACTORIES;
}
