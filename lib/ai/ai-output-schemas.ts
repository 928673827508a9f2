/**
 * Per function: the schema the model must answer with (also sent as the JSON Schema of
 * `response_format`), the schema of what is stored and served after post-processing, and the
 * parser that turns raw model text into a validated value or a list of validation errors.
 */
import { z } from "zod";
import {
  ZAssessmentOutput, ZMedicationsModelOutput, ZMedicationsOutput, ZPatientMessageModelOutput, ZPatientMessageOutput, ZSoapNoteOutput,
  type TAiKind,
} from "../schemas/ai";

export const MODEL_OUTPUT_SCHEMAS: Record<TAiKind, z.ZodType> = {
  assessment: ZAssessmentOutput,
  medications: ZMedicationsModelOutput,
  soap_note: ZSoapNoteOutput,
  patient_message: ZPatientMessageModelOutput,
};

export const STORED_OUTPUT_SCHEMAS: Record<TAiKind, z.ZodType> = {
  assessment: ZAssessmentOutput,
  medications: ZMedicationsOutput,
  soap_note: ZSoapNoteOutput,
  patient_message: ZPatientMessageOutput,
};

/** Keywords OpenAI's strict structured outputs reject; zod still enforces them on our side. */
const UNSUPPORTED_KEYWORDS = new Set(["$schema", "minLength", "maxLength"]);

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => !UNSUPPORTED_KEYWORDS.has(k)).map(([k, v]) => [k, strip(v)]));
}

/** JSON Schema for `response_format: {type: "json_schema", json_schema: {strict: true}}`. */
export function modelJsonSchema(kind: TAiKind): Record<string, unknown> {
  return strip(z.toJSONSchema(MODEL_OUTPUT_SCHEMAS[kind], { io: "output", unrepresentable: "any" })) as Record<string, unknown>;
}

export type ParsedOutput = { ok: true; value: unknown } | { ok: false; errors: string[] };

/** Raw model text → JSON → schema. Errors name the path and the problem, never echo values. */
export function parseModelOutput(kind: TAiKind, raw: string | null): ParsedOutput {
  if (raw === null || raw.trim() === "") return { ok: false, errors: ["The answer was empty."] };
  let json: unknown;
  try {
    // Some compatible servers wrap JSON in a Markdown fence even in JSON mode.
    json = JSON.parse(raw.trim().replace(/^```(?:json)?\s*/i, "").replace(/\s*```$/, ""));
  } catch {
    return { ok: false, errors: ["The answer is not valid JSON."] };
  }
  return validateWith(MODEL_OUTPUT_SCHEMAS[kind], json);
}

export function validateWith(schema: z.ZodType, value: unknown): ParsedOutput {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, errors: r.error.issues.slice(0, 20).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`) };
}
