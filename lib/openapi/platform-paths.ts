/**
 * OpenAPI entries for identity (MFA) and the supervisor SLA endpoints.
 * document.ts passes its helpers in so all files render alike.
 */
import type { OpenApiHelpers } from "./audit-paths";
import { ZMetricsQuery } from "../schemas/metrics";

const obj = (properties: Record<string, object>, required: string[] = Object.keys(properties)) => ({ type: "object", properties, required });
const json = (schema: object) => ({ required: true, content: { "application/json": { schema } } });

export function buildPlatformPaths({ queryParams, ok, errors }: OpenApiHelpers): Record<string, object> {
  const slaItem = obj({ consultationId: { type: "string" }, urgency: { type: "string" }, slaDueAt: { type: "string", format: "date-time" }, minutesLeft: { type: "integer" } });
  const metricsQuery = queryParams(ZMetricsQuery).filter((p) => (p as { name: string }).name !== "table");
  return {
    "/api/v1/auth/mfa/enrol": {
      get: { summary: "Start TOTP enrolment: a new secret with its QR code and a sealed token (nothing stored yet)", responses: { ...ok("Enrolment material", obj({ secret: { type: "string" }, otpauthUrl: { type: "string" }, qrDataUrl: { type: "string" }, token: { type: "string" } })), ...errors("UNAUTHENTICATED") } },
      post: {
        summary: "Confirm TOTP enrolment with the first code; returns one-time recovery codes",
        requestBody: json(obj({ token: { type: "string" }, code: { type: "string" } })),
        responses: { ...ok("Recovery codes (shown once)", obj({ recoveryCodes: { type: "array", items: { type: "string" } } })), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED") },
      },
    },
    "/api/v1/auth/mfa/verify": {
      post: {
        summary: "Step-up: verify a TOTP or recovery code for this session (prescribing needs one within 15 minutes)",
        requestBody: json(obj({ code: { type: "string" } })),
        responses: { ...ok("Verified", obj({ mfaVerifiedAt: { type: "string", format: "date-time" } })), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED", "MFA_REQUIRED", "RATE_LIMITED") },
      },
    },
    "/api/v1/consultations/{id}/feedback": {
      post: {
        summary: "The patient rates a completed consultation (1-5, once)",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        requestBody: json(obj({ rating: { type: "integer", minimum: 1, maximum: 5 }, comment: { type: "string", maxLength: 2000 } }, ["rating"])),
        responses: { ...ok("Saved", obj({ rating: { type: "integer" }, createdAt: { type: "string" } }), "201"), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "GUARD_FAILED", "CONFLICT") },
      },
    },
    "/api/v1/consultations/{id}/messages/{messageId}/acknowledge": {
      post: {
        summary: "The patient confirms they have read a critical message",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }, { name: "messageId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: { ...ok("Acknowledged", obj({ acknowledgedAt: { type: "string", format: "date-time" } })), ...errors("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND") },
      },
    },
    "/api/v1/notifications": {
      get: { summary: "The caller's notifications, newest first, and the unread count", responses: { ...ok("Notifications", obj({ unread: { type: "integer" }, items: { type: "array", items: { type: "object" } }, nextCursor: { type: ["string", "null"] } })), ...errors("UNAUTHENTICATED") } },
    },
    "/api/v1/notifications/read": {
      post: { summary: "Mark the given (or all) notifications read", requestBody: json(obj({ ids: { type: "array", items: { type: "string", format: "uuid" } } }, [])), responses: { ...ok("Marked", obj({ marked: { type: "integer" } })), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED") } },
    },
    "/api/v1/me/notification-preferences": {
      put: { summary: "A patient's notification channels (in-app always; e-mail optional)", requestBody: json(obj({ channels: { type: "array", items: { type: "string", enum: ["in_app", "email"] } } })), responses: { ...ok("Saved", obj({ channels: { type: "array", items: { type: "string" } } })), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED") } },
    },
    "/api/v1/sla/summary": {
      get: {
        summary: "SLA summary for the supervisor's organisation",
        responses: {
          ...ok("Summary", obj({
            generatedAt: { type: "string", format: "date-time" }, openByUrgency: { type: "object", additionalProperties: { type: "integer" } },
            atRisk: { type: "array", items: slaItem }, breached: { type: "array", items: { ...slaItem, properties: { ...slaItem.properties, slaViolationAt: { type: ["string", "null"] } } } },
            complianceRate: { type: "number", minimum: 0, maximum: 1 },
          })),
          ...errors("UNAUTHENTICATED", "FORBIDDEN"),
        },
      },
    },
    "/api/v1/sla/console": {
      get: { summary: "Everything on the supervisor console: SLA summary, load, emergencies, approvals, peer reviews, alerts", responses: { ...ok("Console data", { type: "object" }), ...errors("UNAUTHENTICATED", "FORBIDDEN") } },
    },
    "/api/v1/sla/metrics": {
      get: { summary: "Clinic quality metrics as tables (SQL aggregates)", parameters: metricsQuery, responses: { ...ok("Metric tables", obj({ tables: { type: "array", items: { type: "object" } } })), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN") } },
    },
    "/api/v1/sla/metrics/export": {
      get: {
        summary: "One metrics table as CSV (the export is audited)",
        parameters: queryParams(ZMetricsQuery),
        responses: { "200": { description: "CSV file", content: { "text/csv": { schema: { type: "string" } } } }, ...errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN") },
      },
    },
  };
}
