/**
 * OpenAPI entries for prescribing: approval and listing per consultation, drug autocomplete and
 * the pharmacy list. Built from the same zod schemas as the routes (lib/schemas/prescriptions.ts).
 */
import { z } from "zod";
import { ZApprovePrescriptionsInput, ZDrugSearchQuery } from "../schemas/prescriptions";
import type { OpenApiHelpers } from "./audit-paths";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const str = { type: "string" };

const prescription = {
  type: "object",
  description: "A prescription in the caller's view: patients see the label and delivery; pharmacists the order; prescribers and supervisors also the safety record.",
  required: ["id", "medicationName", "displayName", "doseText", "frequencyText", "quantity", "refills", "sig", "status"],
  properties: {
    id: str, consultationId: str, medicationName: str, displayName: str, doseText: str, route: str, frequencyText: str,
    durationDays: { type: ["integer", "null"] }, quantity: { type: "integer" }, refills: { type: "integer" }, sig: str,
    status: { type: "string", enum: ["draft", "approved", "sending", "sent", "manual", "filled", "phoned_in", "cancelled"] }, statusLabel: str,
    pharmacy: { type: ["object", "null"] }, pharmacyOrderId: { type: ["string", "null"] }, controlledSubstance: { type: "boolean" },
    safetyResult: { type: ["object", "null"] }, overrideRationale: { type: ["string", "null"] },
  },
  additionalProperties: true,
};

export const prescriptionSchemas = { ApprovePrescriptionsInput: json(ZApprovePrescriptionsInput) };

/** Path items for prescribing. */
export function buildPrescriptionPaths(h: OpenApiHelpers): Record<string, object> {
  return {
    "/api/v1/consultations/{id}/prescriptions": {
      get: {
        summary: "A consultation's prescriptions (related users), in the caller's view; the read is audited",
        parameters: [idParam],
        responses: { ...h.ok("Prescriptions, oldest first", { type: "object", required: ["items"], properties: { items: { type: "array", items: prescription } } }), ...h.errors("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND") },
      },
      post: {
        summary: "Approve prescriptions (assigned provider in review, or peer reviewer); moves the consultation to prescription_pending",
        description:
          "Requires a TOTP verification in the last 15 minutes (403 MFA_REQUIRED: verify with POST /api/v1/auth/mfa/verify and retry). The server re-runs the medication-safety check on the stored patient record; when it requires an override, send `override` with a rationale (≥ 20 characters) and every interruptive finding id in `acknowledgedFindingIds`, otherwise 422 GUARD_FAILED with `details.safety` (the full check result) and `details.missingFindingIds`. Limited to 10 approvals per provider per hour (429 RATE_LIMITED with Retry-After). Controlled substances flag the consultation for supervisor approval.",
        parameters: [idParam],
        requestBody: { required: true, content: { "application/json": { schema: ref("ApprovePrescriptionsInput") } } },
        responses: {
          ...h.ok(
            "Approved; the pharmacy job sends each prescription",
            { type: "object", required: ["prescriptions", "safety", "cdsLogId"], properties: { prescriptions: { type: "array", items: prescription }, safety: ref("MedicationSafetyCheckResult"), cdsLogId: str } },
            "201",
          ),
          ...h.errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "MFA_REQUIRED", "NOT_FOUND", "INVALID_TRANSITION", "CONFLICT", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "GUARD_FAILED", "RATE_LIMITED"),
        },
      },
    },
    "/api/v1/drugs": {
      get: {
        summary: "Drug autocomplete (providers, pharmacists): generic names with brands, classes and DEA schedule",
        parameters: h.queryParams(ZDrugSearchQuery),
        responses: {
          ...h.ok("Suggestions, best match first", {
            type: "object", required: ["items"],
            properties: {
              items: {
                type: "array",
                items: {
                  type: "object", required: ["name", "brands", "classes", "controlledSubstance"],
                  properties: { name: str, brands: { type: "array", items: str }, synonyms: { type: "array", items: str }, classes: { type: "array", items: str }, controlledSubstance: { type: "boolean" }, deaSchedule: { type: ["string", "null"], enum: ["CII", "CIII", "CIV", "CV", null] }, matched: { type: "object" } },
                },
              },
            },
          }),
          ...h.errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN"),
        },
      },
    },
    "/api/v1/pharmacies": {
      get: {
        summary: "Pharmacies prescriptions can be sent to (clinical staff); `electronic` is false when its gateway may not receive orders",
        responses: {
          ...h.ok("Pharmacies by name", {
            type: "object", required: ["items"],
            properties: { items: { type: "array", items: { type: "object", required: ["id", "name", "ncpdpId", "address", "phone", "electronic"], properties: { id: str, name: str, ncpdpId: str, address: str, phone: str, electronic: { type: "boolean" } } } } },
          }),
          ...h.errors("UNAUTHENTICATED", "FORBIDDEN"),
        },
      },
    },
  };
}
