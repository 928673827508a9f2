/**
 * Zod contracts for the audit API (search, export, alerts, the patient's
 * access log) and the audit page. Strict: unknown parameters are a 400.
 * Dates are a calendar day (read in the organisation's time zone) or an
 * ISO 8601 instant with an offset; see lib/audit/date-range.ts.
 */
import { z } from "zod";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { isCalendarDay } from "../audit/date-range";

const DATE_MESSAGE = "Enter a date like 2026-12-04, or a date and time like 2026-12-04T09:30:00Z";
const ZInstant = z.iso.datetime({ offset: true });
const isInstant = (s: string) => ZInstant.safeParse(s).success;

export const ZAuditDate = z
  .string()
  .max(40)
  .refine((s) => isCalendarDay(s) || isInstant(s), DATE_MESSAGE)
  .describe("A day (YYYY-MM-DD, in the organisation's time zone) or an ISO 8601 instant with offset");

const ZId = (what: string) => z.string().uuid(`Enter a valid ${what} id (a UUID)`);
const ZCursor = z.string().max(200).describe("Opaque cursor from nextCursor");

export const ZAuditSearchQuery = z
  .object({
    patientId: ZId("patient").optional().describe("Only entries about this patient"),
    actorId: ZId("user").optional().describe("Only entries by this user"),
    resourceId: z.string().max(100).regex(/^[\w.:-]+$/, "Enter a resource id: letters, digits, '-', '_', '.' or ':'").optional()
      .describe("Only entries about this resource (e.g. a consultation id); list views that showed it are included"),
    action: z.enum(AUDIT_ACTIONS).optional().describe("Only this action"),
    from: ZAuditDate.optional().describe("From this day or instant (inclusive)"),
    to: ZAuditDate.optional().describe("Up to this day or instant (inclusive)"),
    cursor: ZCursor.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type TAuditSearchQuery = z.infer<typeof ZAuditSearchQuery>;

export const ZAuditExportQuery = z
  .object({
    patientId: ZId("patient").describe("The patient whose access report to export"),
    from: ZAuditDate.optional(),
    to: ZAuditDate.optional(),
  })
  .strict();
export type TAuditExportQuery = z.infer<typeof ZAuditExportQuery>;

export const ZAccessLogQuery = z
  .object({
    cursor: ZCursor.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type TAccessLogQuery = z.infer<typeof ZAccessLogQuery>;

export const ZAuditAlertsQuery = z
  .object({
    status: z.enum(["open", "all"]).default("open").describe("open: not yet acknowledged"),
    cursor: ZCursor.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type TAuditAlertsQuery = z.infer<typeof ZAuditAlertsQuery>;

/** Path id of an alert; anything else is simply not found (404), never a database error. */
export const ZAuditAlertId = z.string().uuid();

/** The audit page's person lookup (patients by name or email; staff likewise). */
export const ZAuditPeopleQuery = z
  .object({
    kind: z.enum(["patient", "staff"]),
    q: z.string().trim().min(2, "Type at least 2 letters of a name or email").max(100),
  })
  .strict();
export type TAuditPeopleQuery = z.infer<typeof ZAuditPeopleQuery>;

/**
 * Drops empty query values: an HTML GET form sends `patientId=` for an empty
 * field, which means "no filter", not "an invalid id".
 */
export function withoutBlankValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value.trim() !== "") out[k] = value.trim();
  }
  return out;
}
