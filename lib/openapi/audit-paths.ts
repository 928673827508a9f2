/**
 * OpenAPI entries for the audit endpoints (search, export, chain verification,
 * alerts, the patient's access log). Built from the same zod schemas as the
 * routes; document.ts passes its helpers in so both files render alike.
 */
import type { z } from "zod";
import type { APP_ERROR_STATUS } from "../errors";
import { ZAccessLogQuery, ZAuditAlertsQuery, ZAuditExportQuery, ZAuditSearchQuery } from "../schemas/audit";

export interface OpenApiHelpers {
  queryParams(schema: z.ZodObject): object[];
  ok(description: string, schema?: object, status?: string): Record<string, object>;
  errors(...codes: (keyof typeof APP_ERROR_STATUS)[]): Record<string, object>;
  listOf(item: object): object;
}

const str = { type: "string" };
const strOrNull = { type: ["string", "null"] };

const auditEntry = {
  type: "object",
  description: "One audit entry: metadata only (never diff values or clinical content).",
  required: ["id", "actorId", "actorRole", "action", "resourceType", "resourceId", "patientId", "outcome", "createdAt"],
  properties: {
    id: { ...str, description: "Position in the hash chain (bigint as a string)" }, actorId: strOrNull, actorRole: strOrNull, actorName: strOrNull,
    action: str, resourceType: str, resourceId: strOrNull, patientId: strOrNull, patientName: str,
    outcome: { type: "string", enum: ["allowed", "denied"] }, ipAddress: strOrNull, requestId: strOrNull, justification: strOrNull,
    emergencyAccess: { type: "boolean" }, createdAt: { ...str, format: "date-time" },
  },
};

const alert = { type: "object", required: ["id", "kind", "severity", "summary", "createdAt"], additionalProperties: true };
const accessLogEntry = { type: "object", required: ["id", "createdAt", "description"], additionalProperties: true };

/** Path items for /api/v1/audit* and /api/v1/me/access-log. */
export function buildAuditPaths(h: OpenApiHelpers): Record<string, object> {
  const staffErrors = h.errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN");
  return {
    "/api/v1/audit": {
      get: {
        summary: "Search the audit trail (supervisor, admin); newest first, keyset-paginated; the search is itself audited",
        parameters: h.queryParams(ZAuditSearchQuery),
        responses: { ...h.ok("A page of audit entries", h.listOf(auditEntry)), ...staffErrors },
      },
    },
    "/api/v1/audit/export": {
      get: {
        summary: "A patient's access report (accounting of disclosures) as CSV (supervisor, admin); audited as EXPORT",
        parameters: h.queryParams(ZAuditExportQuery),
        responses: {
          "200": { description: "CSV attachment", content: { "text/csv": { schema: { type: "string" } } } },
          ...h.errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"),
        },
      },
    },
    "/api/v1/audit/verify": {
      get: {
        summary: "Recompute the audit hash chain (supervisor, admin)",
        responses: {
          ...h.ok("Chain status", {
            type: "object", required: ["intact", "checked"],
            properties: { intact: { type: "boolean" }, checked: { type: "integer" }, firstBrokenId: { ...str, description: "First row whose hash or link does not match" } },
          }),
          ...h.errors("UNAUTHENTICATED", "FORBIDDEN"),
        },
      },
    },
    "/api/v1/audit/alerts": {
      get: { summary: "Suspicious-access alerts (supervisor)", parameters: h.queryParams(ZAuditAlertsQuery), responses: { ...h.ok("A page of alerts", h.listOf(alert)), ...staffErrors } },
    },
    "/api/v1/audit/alerts/{id}/acknowledge": {
      post: {
        summary: "Acknowledge an alert (supervisor); idempotent",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: {
          ...h.ok("The acknowledgement", { type: "object", properties: { id: str, acknowledgedAt: { ...str, format: "date-time" }, acknowledgedById: str } }),
          ...h.errors("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"),
        },
      },
    },
    "/api/v1/me/access-log": {
      get: {
        summary: "Who accessed my record (patient), in my language, newest first",
        parameters: h.queryParams(ZAccessLogQuery),
        responses: { ...h.ok("A page of accesses", h.listOf(accessLogEntry)), ...staffErrors },
      },
    },
  };
}
