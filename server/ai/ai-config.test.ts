import { describe, expect, it } from "vitest";
import { getAiConfig } from "./ai-config";
import { aiServiceKey } from "./ensure-ai-service";

describe("getAiConfig", () => {
  it("is offline when nothing is configured (nothing leaves the process)", () => {
    const c = getAiConfig({});
    expect(c).toMatchObject({ engine: "offline", baseUrl: null, baaCovered: false, timeoutMs: 20_000 });
    expect(aiServiceKey(c)).toBeNull();
  });

  it("uses OpenAI with a key, and a compatible endpoint with a base URL", () => {
    expect(getAiConfig({ OPENAI_API_KEY: "sk" })).toMatchObject({ engine: "openai", baseUrl: "https://api.openai.com/v1" });
    const c = getAiConfig({ OPENAI_API_KEY: "sk", OPENAI_BASE_URL: "http://llm.internal:8000/v1", AI_SERVICE_BAA: "true" });
    expect(c).toMatchObject({ engine: "compatible", baaCovered: true });
    expect(aiServiceKey(c)).toBe("ai:compatible:llm.internal:8000");
    expect(getAiConfig({ OPENAI_BASE_URL: "https://api.openai.com/v1" }).engine).toBe("openai");
  });

  it("has per-function models, temperatures and token limits with defaults", () => {
    const c = getAiConfig({ OPENAI_API_KEY: "sk", AI_MODEL: "gpt-4.1-mini", AI_MODEL_SOAP_NOTE: "gpt-4.1", AI_TEMPERATURE_PATIENT_MESSAGE: "0.7", AI_MAX_TOKENS_ASSESSMENT: "500" });
    expect(c.settings("soap_note")).toEqual({ model: "gpt-4.1", temperature: 0.3, maxTokens: 1200 });
    expect(c.settings("patient_message")).toEqual({ model: "gpt-4.1-mini", temperature: 0.7, maxTokens: 900 });
    expect(c.settings("assessment")).toEqual({ model: "gpt-4.1-mini", temperature: 0.2, maxTokens: 500 });
    expect(getAiConfig({}).settings("medications")).toEqual({ model: "gpt-4o-mini", temperature: 0.1, maxTokens: 800 });
  });

  it("fails loudly on invalid values", () => {
    expect(() => getAiConfig({ AI_SERVICE_BAA: "yes" })).toThrow(/AI_SERVICE_BAA/);
    expect(() => getAiConfig({ OPENAI_BASE_URL: "not a url" })).toThrow(/OPENAI_BASE_URL/);
    expect(() => getAiConfig({}).settings("assessment") && getAiConfig({ AI_TEMPERATURE_ASSESSMENT: "5" }).settings("assessment")).toThrow(/AI_TEMPERATURE_ASSESSMENT/);
  });
});
