import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { isGatewayUsable } from "../integrations/pharmacy/resolve-pharmacy-gateway";

const STAFF = new Set(["provider", "pharmacist", "supervisor"]);

/**
 * Pharmacies a prescription can be sent to (staff only). `electronic` says whether its gateway
 * may receive orders now (registered, enabled, BAA-covered); if not, a pharmacist phones it in.
 */
export async function findPharmacies(actor: UserActor) {
  if (!STAFF.has(actor.role)) throw new AppError("FORBIDDEN", "Only clinical staff can list pharmacies.");
  const rows = await db.pharmacy.findMany({ orderBy: { name: "asc" } });
  const usable = new Map<string, boolean>();
  for (const key of new Set(rows.map((r) => r.gatewayKey))) usable.set(key, await isGatewayUsable(key));
  return {
    items: rows.map((p) => ({ id: p.id, name: p.name, ncpdpId: p.ncpdpId, address: p.address, phone: p.phone, electronic: usable.get(p.gatewayKey) ?? false })),
  };
}
