/**
 * OpenAPI entries for AI decision support, built from the same zod schemas as the routes
 * (lib/schemas/ai.ts); document.ts passes its helpers in so both files render alike.
 */
import { z } from "zod";
import {
  AI_DECISIONS, AI_ENGINES, AI_KINDS, AI_STATUSES, ZAiDecisionInput, ZAiDeviationInput, ZAiListQuery,
  ZAssessmentOutput, ZMedicationsOutput, ZPatientMessageOutput, ZSoapNoteOutput,
} from "../schemas/ai";
import { AI_KIND_LABELS, AI_KIND_SLUGS } from "../ai/ai-kinds";
import type { OpenApiHelpers } from "./audit-paths";

const json = (schema: z.ZodType, io: "input" | "output" = "input") => z.toJSONSchema(schema, { io, unrepresentable: "any" });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const requestIdParam = { name: "requestId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const strOrNull = { type: ["string", "null"] };
const dateOrNull = { type: ["string", "null"], format: "date-time" };

export const aiSchemas = {
  AiDecisionInput: json(ZAiDecisionInput),
  AiDeviationInput: json(ZAiDeviationInput),
  AiAssessmentOutput: json(ZAssessmentOutput, "output"),
  AiMedicationsOutput: json(ZMedicationsOutput, "output"),
  AiSoapNoteOutput: json(ZSoapNoteOutput, "output"),
  AiPatientMessageOutput: json(ZPatientMessageOutput, "output"),
  AiRequest: {
    type: "object",
    description: "One AI request and its life (AiInteractionLog), without the raw input and output kept for audit.",
    required: ["id", "kind", "status", "output", "engine", "promptVersion", "model", "createdAt", "finishedAt", "decision"],
    properties: {
      id: { type: "string", format: "uuid" },
      kind: { type: "string", enum: [...AI_KINDS] },
      status: { type: "string", enum: [...AI_STATUSES] },
      output: {
        description: "Validated output (null unless ready), shaped by kind",
        anyOf: [ref("AiAssessmentOutput"), ref("AiMedicationsOutput"), ref("AiSoapNoteOutput"), ref("AiPatientMessageOutput"), { type: "null" }],
      },
      engine: { type: ["string", "null"], enum: [...AI_ENGINES, null] },
      model: strOrNull,
      promptVersion: { type: "string", examples: ["assessment@1"] },
      deidentified: { type: "boolean", description: "The input was de-identified (service without a BAA)" },
      createdAt: { type: "string", format: "date-time" },
      finishedAt: dateOrNull,
      latencyMs: { type: ["integer", "null"] },
      promptTokens: { type: ["integer", "null"] },
      completionTokens: { type: ["integer", "null"] },
      attempts: { type: "integer" },
      decision: { type: ["string", "null"], enum: [...AI_DECISIONS, null] },
      finalText: { description: "The provider's approved version (for a sent patient message, with messageId)" },
      providerModifications: { description: "Fields the provider changed: [{field, from, to}]" },
      deviationReason: strOrNull,
      decidedAt: dateOrNull,
      notice: {
        type: ["object", "null"], description: "Set when unavailable or failed: continue manually",
        properties: { message: { type: "string" }, detail: { type: "string" } },
      },
    },
  },
};

export function buildAiPaths(h: OpenApiHelpers): Record<string, object> {
  const writeErrors = h.errors("UNAUTHENTICATED", "FORBIDDEN", "MFA_REQUIRED", "NOT_FOUND", "GUARD_FAILED", "RATE_LIMITED");
  const generate = Object.fromEntries(
    AI_KINDS.map((kind) => [
      `/api/v1/consultations/{id}/ai/${AI_KIND_SLUGS[kind]}`,
      {
        post: {
          summary: `Queue an AI ${AI_KIND_LABELS[kind].toLowerCase()} draft (assigned provider only); runs as a background job`,
          parameters: [idParam],
          responses: {
            ...h.ok("Queued (or the request of this kind already in flight)", {
              type: "object", required: ["id", "status"], properties: { id: { type: "string", format: "uuid" }, status: { type: "string", enum: ["queued", "running"] } },
            }, "202"),
            ...writeErrors,
          },
        },
      },
    ]),
  );
  return {
    "/api/v1/consultations/{id}/ai": {
      get: {
        summary: "The AI requests of a consultation, newest first (clinical team); also the engine a new request would use and any diagnosis deviation",
        parameters: [idParam, ...h.queryParams(ZAiListQuery)],
        responses: {
          ...h.ok("A page of AI requests", {
            type: "object", required: ["items", "nextCursor", "engine", "canRequest", "deviation"],
            properties: {
              items: { type: "array", items: ref("AiRequest") }, nextCursor: strOrNull,
              engine: { type: "object", properties: { engine: { type: "string", enum: [...AI_ENGINES] }, label: { type: "string" }, deidentifies: { type: "boolean" } } },
              canRequest: { type: "boolean" },
              deviation: {
                type: ["object", "null"],
                properties: { requestId: { type: "string" }, aiCode: { type: "string" }, providerCode: { type: "string" }, differs: { type: "boolean" }, reason: strOrNull },
              },
            },
          }),
          ...h.errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"),
        },
      },
    },
    ...generate,
    "/api/v1/consultations/{id}/ai/{requestId}/decision": {
      post: {
        summary: "Accept, edit or reject one AI piece (assigned provider). An approved patient message is sent; copyToNotes writes an assessment or SOAP note into the notes",
        parameters: [idParam, requestIdParam],
        requestBody: { required: true, content: { "application/json": { schema: ref("AiDecisionInput") } } },
        responses: {
          ...h.ok("The decided request", {
            type: "object", properties: { request: ref("AiRequest"), copiedToNotes: { type: "boolean" }, messageId: strOrNull },
          }),
          ...h.errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "GUARD_FAILED", "UNSUPPORTED_MEDIA_TYPE"),
        },
      },
    },
    "/api/v1/consultations/{id}/ai/{requestId}/deviation": {
      post: {
        summary: "Record why the diagnosis in the notes differs from the AI assessment (assigned provider)",
        parameters: [idParam, requestIdParam],
        requestBody: { required: true, content: { "application/json": { schema: ref("AiDeviationInput") } } },
        responses: { ...h.ok("The assessment request", ref("AiRequest")), ...h.errors("VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "GUARD_FAILED", "UNSUPPORTED_MEDIA_TYPE") },
      },
    },
  };
}
