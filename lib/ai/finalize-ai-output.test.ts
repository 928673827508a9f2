import { describe, expect, it } from "vitest";
import { z } from "zod";
import { enforceAssessmentRules, enforcePatientMessageRules, finalizeAiOutput } from "./finalize-ai-output";
import { MODEL_OUTPUT_SCHEMAS, modelJsonSchema, parseModelOutput } from "./ai-output-schemas";
import { MEDICAL_DISCLAIMER, withDisclaimer } from "./disclaimer";
import { AI_KINDS } from "../schemas/ai";
import type { AiContext } from "./ai-context";

const dx = (code: string, confidence: number) => ({ icd10Code: code, description: `Diagnosis ${code}`, confidence });

describe("assessment rules (enforced in code)", () => {
  it.each([
    [0.84, false, true], [0.5, false, true], [0.85, false, false], [0.95, true, true],
  ])("confidence %s, model says review=%s → %s", (confidence, said, expected) => {
    const a = enforceAssessmentRules({ primaryDiagnosis: dx("J02.9", confidence), alternatives: [], recommendsProviderReview: said, reasoning: "r" });
    expect(a.recommendsProviderReview).toBe(expected);
  });

  it("sorts alternatives and drops repeats of the primary", () => {
    const a = enforceAssessmentRules({ primaryDiagnosis: dx("J02.9", 0.9), alternatives: [dx("J06.9", 0.2), dx("j029", 0.5), dx("J03.90", 0.4), dx("J06.9", 0.1)], recommendsProviderReview: false, reasoning: "r" });
    expect(a.alternatives.map((d) => d.icd10Code)).toEqual(["J03.90", "J06.9"]);
  });
});

describe("patient message rules", () => {
  const ctx = (lang: "en" | "es") => ({ patient: { preferredLanguage: lang } }) as unknown as AiContext;

  it("appends the disclaimer in the patient's language when missing", () => {
    const m = enforcePatientMessageRules({ language: "en", body: "Rest and drink fluids." }, ctx("es"));
    expect(m.language).toBe("es");
    expect(m.body).toBe(`Rest and drink fluids.\n\n${MEDICAL_DISCLAIMER.es}`);
  });

  it("moves a disclaimer written mid-text to the end, once", () => {
    const body = `Hello.\n\n${MEDICAL_DISCLAIMER.en}\n\nReply if worse.`;
    const out = withDisclaimer(body, "en");
    expect(out.split(MEDICAL_DISCLAIMER.en)).toHaveLength(2);
    expect(out.endsWith(MEDICAL_DISCLAIMER.en)).toBe(true);
  });

  it("validates the stored message", () => {
    expect(finalizeAiOutput("patient_message", { language: "en", body: "Hi" }, ctx("en"))).toMatchObject({ ok: true });
  });
});

describe("model output schemas", () => {
  it.each(AI_KINDS)("%s: the JSON Schema suits OpenAI strict mode", (kind) => {
    const schema = modelJsonSchema(kind);
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== "object") return;
      const o = node as Record<string, unknown>;
      expect(o).not.toHaveProperty("$schema");
      expect(o).not.toHaveProperty("minLength");
      expect(o).not.toHaveProperty("maxLength");
      if (o.type === "object") {
        expect(o.additionalProperties).toBe(false);
        expect([...(o.required as string[])].sort()).toEqual(Object.keys(o.properties as object).sort());
      }
      Object.values(o).forEach(walk);
    };
    walk(schema);
  });

  it("parses fenced JSON and reports paths, not values", () => {
    expect(parseModelOutput("soap_note", '```json\n{"subjective":"s","objective":"o","assessment":"a","plan":"p"}\n```')).toMatchObject({ ok: true });
    const bad = parseModelOutput("assessment", JSON.stringify({ primaryDiagnosis: { icd10Code: "Zebulon", description: "x", confidence: 2 } }));
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).not.toContain("Zebulon");
    expect(parseModelOutput("assessment", "")).toEqual({ ok: false, errors: ["The answer was empty."] });
  });

  it("model schemas are zod objects", () => {
    for (const kind of AI_KINDS) expect(MODEL_OUTPUT_SCHEMAS[kind]).toBeInstanceOf(z.ZodObject);
  });
});
