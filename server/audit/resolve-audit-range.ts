/**
 * Resolves the `from`/`to` filters of an audit query in the organisation's
 * time zone (a typed day means that day at the clinic) and refuses a range
 * that ends before it starts with a 400, not an empty answer.
 */
import { isEmptyRange, resolveDateRange, type InstantRange } from "@/lib/audit/date-range";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";

/** The absolute range for `from`/`to`, validated. */
export async function resolveAuditRange(organizationId: string, from?: string, to?: string): Promise<InstantRange> {
  if (!from && !to) return {};
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { timeZone: true } });
  const range = resolveDateRange(from, to, org?.timeZone ?? "UTC");
  if (isEmptyRange(range)) {
    throw new AppError("VALIDATION_FAILED", "The end date is before the start date.", { fieldErrors: { to: ["Enter an end date on or after the start date"] } });
  }
  return range;
}
