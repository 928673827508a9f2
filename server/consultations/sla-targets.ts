import { DEFAULT_SLA_MINUTES, slaDueAt } from "@/lib/sla/sla";
import type { Urgency } from "@/lib/consultations/statuses";
import type { DbOrTx } from "../db/prisma";

/** SLA targets from the SlaPolicy table, falling back to the defaults per urgency. */
export async function findSlaTargets(tx: DbOrTx): Promise<Record<Urgency, number>> {
  const rows = await tx.slaPolicy.findMany();
  const targets = { ...DEFAULT_SLA_MINUTES };
  for (const r of rows) targets[r.urgency] = r.targetMinutes;
  return targets;
}

export async function slaDueAtFor(tx: DbOrTx, urgency: Urgency, startedAt: Date): Promise<Date> {
  return slaDueAt(startedAt, urgency, await findSlaTargets(tx));
}
