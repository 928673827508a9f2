/**
 * The ExternalService row of the built-in sandbox pharmacy ("pharmacy:sandbox"). The sandbox
 * runs inside this deployment (its orders live in this database's `pharmacy_sandbox` schema),
 * so PHI never leaves the covered entity: it is registered as BAA-covered. Created when
 * missing (seed, first send); an existing row is never changed, so an administrator who
 * disables it or clears baaCovered stays in control.
 */
import type { DbOrTx } from "../../db/prisma";
import { db } from "../../db/prisma";

export const SANDBOX_GATEWAY_KEY = "sandbox";
export const pharmacyServiceKey = (gatewayKey: string) => `pharmacy:${gatewayKey}`;

export async function ensurePharmacySandboxService(client: DbOrTx = db) {
  return client.externalService.upsert({
    where: { key: pharmacyServiceKey(SANDBOX_GATEWAY_KEY) },
    create: {
      key: pharmacyServiceKey(SANDBOX_GATEWAY_KEY), kind: "pharmacy", name: "Built-in sandbox pharmacy (NCPDP SCRIPT NewRx over JSON)",
      baseUrl: null, baaCovered: true, enabled: true,
    },
    update: {},
  });
}
