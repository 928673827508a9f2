import { db } from "../db/prisma";
import type { Pharmacy, Prescription } from "../db/generated/prisma/client";

/** Prescription.pharmacyId is a plain reference (no relation in the schema): attach the pharmacy rows in one query. */
export async function withPharmacies<T extends Pick<Prescription, "pharmacyId">>(rows: T[]): Promise<(T & { pharmacy: Pharmacy | null })[]> {
  const ids = [...new Set(rows.map((r) => r.pharmacyId).filter((x): x is string => !!x))];
  const byId = new Map((ids.length ? await db.pharmacy.findMany({ where: { id: { in: ids } } }) : []).map((p) => [p.id, p]));
  return rows.map((r) => ({ ...r, pharmacy: r.pharmacyId ? (byId.get(r.pharmacyId) ?? null) : null }));
}
