import { DEFAULT_SLA_MINUTES } from "@/lib/sla/sla";
import { addBusinessMinutes, ZBusinessHours, type BusinessHours } from "@/lib/sla/business-hours";
import type { Urgency } from "@/lib/consultations/statuses";
import type { DbOrTx } from "../db/prisma";

export interface SlaRule {
  targetMinutes: number;
  breachAction: "notify" | "escalate" | "reassign";
  businessHours: BusinessHours | null;
}

/** SLA rules from the SlaPolicy table, falling back to the defaults per urgency (24/7, notify only). */
export async function findSlaRules(tx: DbOrTx): Promise<Record<Urgency, SlaRule>> {
  const rows = await tx.slaPolicy.findMany();
  const rules = Object.fromEntries(
    Object.entries(DEFAULT_SLA_MINUTES).map(([u, m]) => [u, { targetMinutes: m, breachAction: "notify", businessHours: null }]),
  ) as Record<Urgency, SlaRule>;
  for (const r of rows) {
    const cal = ZBusinessHours.safeParse(r.businessHours);
    rules[r.urgency] = {
      targetMinutes: r.targetMinutes,
      breachAction: (["notify", "escalate", "reassign"].includes(r.breachAction) ? r.breachAction : "notify") as SlaRule["breachAction"],
      businessHours: cal.success ? cal.data : null,
    };
  }
  return rules;
}

export async function findSlaTargets(tx: DbOrTx): Promise<Record<Urgency, number>> {
  const rules = await findSlaRules(tx);
  return Object.fromEntries(Object.entries(rules).map(([u, r]) => [u, r.targetMinutes])) as Record<Urgency, number>;
}

/** When a consultation of `urgency` whose clock started at `startedAt` is due (business hours when configured). */
export async function slaDueAtFor(tx: DbOrTx, urgency: Urgency, startedAt: Date): Promise<Date> {
  const rule = (await findSlaRules(tx))[urgency];
  return rule.businessHours ? addBusinessMinutes(startedAt, rule.targetMinutes, rule.businessHours) : new Date(startedAt.getTime() + rule.targetMinutes * 60_000);
}
