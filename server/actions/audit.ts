"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { ZAuditAlertId, ZAuditPeopleQuery } from "@/lib/schemas/audit";
import { AppError } from "@/lib/errors";
import { parseWith } from "../http/api-route";
import { runActorAction } from "../http/actor-action";
import type { ActionResult } from "../http/patient-action";
import { findAuditPeople, type AuditPerson } from "../audit/find-audit-people";
import { runAuditChainVerification } from "../audit/run-audit-chain-verification";
import type { AuditVerification } from "../audit/verify-audit-chain";
import { acknowledgeAuditAlert } from "../audit/acknowledge-audit-alert";

/** The audit page's "Find" next to the patient and staff id fields. */
export async function findAuditPeopleAction(input: unknown): Promise<ActionResult<{ people: AuditPerson[] }>> {
  return runActorAction(async (actor, request) => ({ people: await findAuditPeople(actor, parseWith(ZAuditPeopleQuery, input), request) }));
}

/** "Verify now": recomputes the hash chain (and records that it did). */
export async function verifyAuditChainAction(): Promise<ActionResult<{ result: AuditVerification; verifiedAt: string }>> {
  const res = await runActorAction(async (actor, request) => ({ result: await runAuditChainVerification(actor, request), verifiedAt: new Date().toISOString() }));
  if (res.ok) revalidatePath("/audit");
  return res;
}

/** "Acknowledge" on an access alert. */
export async function acknowledgeAuditAlertAction(id: unknown): Promise<ActionResult> {
  const res = await runActorAction(async (actor, request) => {
    const parsed = ZAuditAlertId.safeParse(id);
    if (!parsed.success) throw new AppError("NOT_FOUND", "Alert not found.");
    await acknowledgeAuditAlert(actor, parsed.data.toLowerCase(), request);
    return {};
  });
  if (res.ok) revalidatePath("/audit");
  return res;
}
