/**
 * OpenAPI 3.1 document for REST v1, generated from the same zod schemas that
 * validate requests (z.toJSONSchema). openapi.test.ts keeps it in sync with
 * the route files under app/api/v1.
 */
import { z } from "zod";
import { ZIntake } from "../schemas/intake";
import { ZTransitionInput, ZListConsultationsQuery } from "../schemas/consultations";
import { ZTriageInput, ZTriageResult } from "../schemas/triage";
import { ZMedicationSafetyCheckInput, ZMedicationSafetyCheckResult } from "../schemas/medication-safety";
import { APP_ERROR_STATUS } from "../errors";
import { ZSendMessageInput } from "../schemas/messages";
import { buildAuditPaths } from "./audit-paths";
import { buildPlatformPaths } from "./platform-paths";
import { attachmentPaths, attachmentSchemas } from "./attachment-paths";
import { buildPrescriptionPaths, prescriptionSchemas } from "./prescription-paths";
import { aiSchemas, buildAiPaths } from "./ai-paths";

const json = (schema: z.ZodType, io: "input" | "output" = "input") => z.toJSONSchema(schema, { io, unrepresentable: "any" });

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (name: string) => ({ required: true, content: { "application/json": { schema: ref(name) } } });
const ok = (description: string, schema?: object, status = "200") => ({
  [status]: { description, ...(schema && { content: { "application/json": { schema } } }) },
});
const errors = (...codes: (keyof typeof APP_ERROR_STATUS)[]) =>
  Object.fromEntries(
    [...new Set(codes.map((c) => APP_ERROR_STATUS[c]))].map((status) => [
      String(status),
      { description: codes.filter((c) => APP_ERROR_STATUS[c] === status).join(", "), content: { "application/json": { schema: ref("Error") } } },
    ]),
  );
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const listOf = (item: object) => ({ type: "object", properties: { items: { type: "array", items: item }, nextCursor: { type: ["string", "null"] } }, required: ["items", "nextCursor"] });

function queryParams(schema: z.ZodObject) {
  const js = json(schema) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({ name, in: "query", required: js.required?.includes(name) ?? false, schema: s }));
}

export function buildOpenApiDocument() {
  const consultation = { type: "object", description: "A consultation, filtered to the fields the caller's role may see.", additionalProperties: true };
  return {
    openapi: "3.1.0",
    info: {
      title: "Async Visits API",
      version: "1.0.0",
      description:
        "REST v1 for integrators. Authenticate with the next-auth session cookie (POST /api/auth/callback/credentials with email, password and, for staff, totp). Errors are `{ error: { code, message, details } }`.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message", "details"],
              properties: { code: { type: "string", enum: Object.keys(APP_ERROR_STATUS) }, message: { type: "string" }, details: { type: "object" } },
            },
          },
        },
        Intake: json(ZIntake),
        TransitionInput: json(ZTransitionInput),
        TriageInput: json(ZTriageInput),
        TriageResult: json(ZTriageResult, "output"),
        MedicationSafetyCheckInput: json(ZMedicationSafetyCheckInput),
        SendMessageInput: json(ZSendMessageInput),
        MedicationSafetyCheckResult: json(ZMedicationSafetyCheckResult, "output"),
        ...attachmentSchemas,
        ...prescriptionSchemas,
        ...aiSchemas,
      },
    },
    security: [{ session: [] }],
    paths: {
      "/api/v1/consultations": {
        get: {
          summary: "List consultations the caller may see",
          parameters: queryParams(ZListConsultationsQuery),
          responses: { ...ok("A page of consultations", listOf(consultation)), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN") },
        },
        post: {
          summary: "Create a consultation from an intake (patient); triaged in the same request",
          parameters: [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", minLength: 8, maxLength: 200 } }],
          requestBody: body("Intake"),
          responses: { ...ok("The new (or replayed) consultation", consultation, "201"), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "IDEMPOTENCY_KEY_REUSED", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE") },
        },
      },
      "/api/v1/consultations/{id}": {
        get: { summary: "One consultation", parameters: [idParam], responses: { ...ok("The consultation", consultation), ...errors("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND") } },
      },
      "/api/v1/consultations/{id}/transitions": {
        post: {
          summary: "Move a consultation through the state machine",
          parameters: [idParam],
          requestBody: body("TransitionInput"),
          responses: {
            ...ok("The updated consultation", consultation),
            ...errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "CAPABILITY_MISMATCH", "NOT_FOUND", "INVALID_TRANSITION", "CONFLICT", "GUARD_FAILED", "DAILY_LIMIT_REACHED"),
          },
        },
      },
      "/api/v1/consultations/{id}/history": {
        get: {
          summary: "State history of a consultation",
          parameters: [idParam],
          responses: { ...ok("History entries, oldest first", listOf({ type: "object" })), ...errors("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND") },
        },
      },
      "/api/v1/consultations/{id}/messages": {
        get: { summary: "The message thread (marks the other side's messages read)", parameters: [idParam], responses: { ...ok("Messages, oldest first", listOf({ type: "object" })), ...errors("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND") } },
        post: {
          summary: "Send a secure message; a patient's reply while information is requested resumes the review",
          parameters: [idParam],
          requestBody: body("SendMessageInput"),
          responses: { ...ok("Created", { type: "object" }, "201"), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "GUARD_FAILED") },
        },
      },
      "/api/v1/triage": {
        post: {
          summary: "Run automated triage without saving anything",
          requestBody: body("TriageInput"),
          responses: { ...ok("Triage decision", ref("TriageResult")), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED") },
        },
      },
      "/api/v1/medication-safety/check": {
        post: {
          summary: "Drug interaction, allergy, dose and duplicate-therapy checks (providers, pharmacists)",
          requestBody: body("MedicationSafetyCheckInput"),
          responses: { ...ok("Check result", ref("MedicationSafetyCheckResult")), ...errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN") },
        },
      },
      ...attachmentPaths,
      "/api/v1/openapi.json": { get: { summary: "This document", security: [], responses: ok("OpenAPI 3.1 document") } },
      ...buildAuditPaths({ queryParams, ok, errors, listOf }),
      ...buildPlatformPaths({ queryParams, ok, errors, listOf }),
      ...buildPrescriptionPaths({ queryParams, ok, errors, listOf }),
      ...buildAiPaths({ queryParams, ok, errors, listOf }),
    } as Record<string, object>,
  };
}
