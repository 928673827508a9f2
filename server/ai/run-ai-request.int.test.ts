/**
 * The AI job against the REAL openai client and a local fake OpenAI-compatible server: good
 * answers, invalid JSON, schema violations (retry once, then unavailable), timeouts, 429, 500,
 * connection refused; what is logged (AiInteractionLog, outbox, audit, application logs) and
 * what leaves the process (de-identified unless the service is BAA-covered).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../db/prisma";
import { createLogger } from "../logger";
import { makeWorld } from "../test/fixtures";
import { startFakeOpenAi, type FakeOpenAi } from "../test/fake-openai-server";
import { runAiRequest } from "./run-ai-request";
import { MEDICAL_DISCLAIMER } from "@/lib/ai/disclaimer";
import type { TAiKind } from "@/lib/schemas/ai";

const PHI = {
  name: "Zebulon Quartermaine", email: "zebulon.q@example.test", phone: "(518) 555-0142", dob: "1961-07-23",
  husband: "Archibald", complaint: "Sore throat and fever, my husband Archibald says it looks red",
};
const AI_ENV = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "AI_SERVICE_BAA", "AI_TIMEOUT_MS", "AI_MODEL", "AI_TEMPERATURE_ASSESSMENT", "AI_MAX_TOKENS_ASSESSMENT"];

const logs: string[] = [];
const log = createLogger({ write: (line: string) => void logs.push(line) });
log.level = "trace";

let fake: FakeOpenAi;
let consultationId: string;
let reference: string;
let providerUserId: string;
let spanishConsultationId: string;

const assessment = (confidence = 0.8, recommendsProviderReview = false) => ({
  primaryDiagnosis: { icd10Code: "J02.9", description: "Acute pharyngitis, unspecified", confidence },
  alternatives: [{ icd10Code: "J06.9", description: "Acute upper respiratory infection, unspecified", confidence: 0.3 }],
  recommendsProviderReview,
  reasoning: "Sore throat with fever, no cough.",
});

async function newRequest(kind: TAiKind = "assessment", id = consultationId) {
  return db.aiInteractionLog.create({ data: { consultationId: id, requestedByUserId: providerUserId, kind, promptVersion: `${kind}@1` } });
}

async function run(kind: TAiKind = "assessment", id = consultationId) {
  const row = await newRequest(kind, id);
  const result = await runAiRequest(row.id, log);
  return { result, row: await db.aiInteractionLog.findUniqueOrThrow({ where: { id: row.id } }) };
}

beforeAll(async () => {
  fake = await startFakeOpenAi();
  const w = await makeWorld();
  const p = await w.patient({ name: PHI.name, email: PHI.email, dateOfBirth: PHI.dob, sex: "male", allergies: [{ substance: "penicillin", reaction: "hives", type: "allergy" }] });
  await db.patient.update({ where: { id: p.patient.id }, data: { phone: PHI.phone } });
  const doc = await w.provider();
  providerUserId = doc.user.id;
  const c = await w.consultation({
    patient: p.patient, patientUserId: p.user.id, status: "in_review", providerId: doc.provider!.id, providerUserId: doc.user.id,
    intake: { chiefComplaint: PHI.complaint, symptoms: ["sore throat", "fever"], details: `Call me on ${PHI.phone} or ${PHI.email}.`, vitals: { temperatureC: 38.2, heartRate: 95 } },
  });
  consultationId = c.id;
  reference = c.reference;
  const carmen = await w.patient({ name: "Carmen Ruiz", languagePreference: "es" });
  spanishConsultationId = (await w.consultation({ patient: carmen.patient, patientUserId: carmen.user.id, status: "in_review", providerId: doc.provider!.id, providerUserId: doc.user.id, intake: { chiefComplaint: "Tos y dolor de garganta" } })).id;
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  fake.requests.length = 0;
  logs.length = 0;
  process.env.OPENAI_BASE_URL = fake.url;
  process.env.OPENAI_API_KEY = "test-key";
  process.env.AI_SERVICE_BAA = "false";
  process.env.AI_TIMEOUT_MS = "2000";
  process.env.AI_MODEL = "fake-model-1";
});

afterEach(() => {
  for (const k of AI_ENV) delete process.env[k];
  vi.restoreAllMocks();
});

describe("a good answer", () => {
  it("is validated, post-processed and fully logged", async () => {
    process.env.AI_TEMPERATURE_ASSESSMENT = "0.15";
    process.env.AI_MAX_TOKENS_ASSESSMENT = "600";
    fake.reply({ json: assessment(0.8, false), usage: { prompt_tokens: 1200, completion_tokens: 80 } });
    const { result, row } = await run();
    expect(result.status).toBe("ready");
    expect(row).toMatchObject({
      status: "ready", engine: "compatible", model: "fake-model-1", promptVersion: "assessment@1", temperature: 0.15, maxTokens: 600,
      attempts: 1, promptTokens: 1200, completionTokens: 80, deidentified: true, error: null, rawOutput: JSON.stringify(assessment(0.8, false)),
    });
    expect(row.serviceKey).toMatch(/^ai:compatible:127\.0\.0\.1:\d+$/);
    expect(row.latencyMs).toBeGreaterThanOrEqual(0);
    expect(row.startedAt).not.toBeNull();
    expect(row.finishedAt).not.toBeNull();
    // The model said no review; below 0.85 the code says yes.
    expect((row.output as { recommendsProviderReview: boolean }).recommendsProviderReview).toBe(true);
    const body = fake.requests[0]!;
    expect(body).toMatchObject({ model: "fake-model-1", temperature: 0.15, max_tokens: 600, response_format: { type: "json_schema", json_schema: { name: "assessment", strict: true } } });
  });

  it("announces running and ready on the outbox and audits the call", async () => {
    fake.reply({ json: assessment() });
    const { row } = await run();
    const events = await db.outboxEvent.findMany({ where: { consultationId, type: "consultation.ai" }, orderBy: { id: "asc" } });
    const mine = events.filter((e) => (e.payload as { aiRequestId?: string }).aiRequestId === row.id).map((e) => (e.payload as { aiStatus: string }).aiStatus);
    expect(mine).toEqual(["running", "ready"]);
    const audit = await db.auditLog.findFirst({ where: { resourceType: "ai_request", resourceId: row.id } });
    expect(audit?.metadata).toMatchObject({ status: "ready", engine: "compatible", deidentified: true, phiDisclosedTo: null });
  });

  it("runs once: a duplicate job is skipped", async () => {
    fake.reply({ json: assessment() });
    const { row } = await run();
    expect((await runAiRequest(row.id, log)).status).toBe("skipped");
    expect(fake.requests).toHaveLength(1);
  });
});

describe("validation and retry", () => {
  it("retries invalid JSON once with the errors, then succeeds", async () => {
    fake.reply({ content: "Sure! Here is the assessment: {primary: J02.9" }, { json: assessment() });
    const { row } = await run();
    expect(row).toMatchObject({ status: "ready", attempts: 2, promptTokens: 642, completionTokens: 246 });
    expect(row.validationErrors).toEqual([{ attempt: 1, errors: ["The answer is not valid JSON."], rawOutput: "Sure! Here is the assessment: {primary: J02.9" }]);
    const retry = fake.requests[1] as { messages: { role: string; content: string }[] };
    expect(retry.messages.at(-1)!.content).toContain("did not match the JSON Schema");
    expect(retry.messages.at(-2)).toMatchObject({ role: "assistant" });
  });

  it("retries a schema violation once, then succeeds", async () => {
    fake.reply({ json: { ...assessment(), primaryDiagnosis: { icd10Code: "pharyngitis", description: "x", confidence: 7 } } }, { json: assessment() });
    const { row } = await run();
    expect(row).toMatchObject({ status: "ready", attempts: 2 });
    const errors = (row.validationErrors as { errors: string[] }[])[0]!.errors.join(" ");
    expect(errors).toContain("primaryDiagnosis.icd10Code");
    expect(errors).toContain("primaryDiagnosis.confidence");
  });

  it("gives up after two invalid answers: unavailable, with both attempts' errors logged", async () => {
    fake.reply({ json: { diagnosis: "strep" } }, { json: { ...assessment(), alternatives: "none" } });
    const { row, result } = await run();
    expect(result.status).toBe("unavailable");
    expect(row).toMatchObject({ status: "unavailable", error: "invalid_output", attempts: 2, output: null });
    expect(row.validationErrors).toHaveLength(2);
    expect(row.rawOutput).toContain('"alternatives":"none"');
    const line = logs.map((l) => JSON.parse(l)).find((l) => l.msg === "AI request finished" && l.aiRequestId === row.id);
    expect(line).toMatchObject({ status: "unavailable", failure: "invalid_output", attempts: 2, usage: { prompt: 642, completion: 246 } });
  });

  it("treats a refusal as invalid output", async () => {
    fake.reply({ refusal: "I can't help with that." }, { refusal: "I can't help with that." });
    expect((await run()).row).toMatchObject({ status: "unavailable", error: "invalid_output" });
  });
});

describe("service failures degrade to the manual workflow", () => {
  it("times out", async () => {
    process.env.AI_TIMEOUT_MS = "300";
    fake.reply({ delayMs: 3000, then: { json: assessment() } });
    const t0 = Date.now();
    const { row } = await run();
    expect(Date.now() - t0).toBeLessThan(2500);
    expect(row).toMatchObject({ status: "unavailable", attempts: 1, output: null });
    expect(row.error).toMatch(/^timeout/);
  });

  it.each([
    [429, "rate_limited"],
    [500, "service_error"],
    [503, "service_error"],
  ])("HTTP %i → %s", async (status, reason) => {
    fake.reply({ status });
    const { row } = await run();
    expect(row.status).toBe("unavailable");
    expect(row.error).toMatch(new RegExp(`^${reason}`));
    expect(fake.requests).toHaveLength(1); // no client retries: degrade at once
  });

  it("connection refused", async () => {
    process.env.OPENAI_BASE_URL = "http://127.0.0.1:9/v1";
    const { row } = await run();
    expect(row).toMatchObject({ status: "unavailable", error: "connection_failed" });
  });
});

describe("PHI safeguards", () => {
  const phiValues = () => [PHI.name, "Zebulon", "Quartermaine", PHI.email, PHI.dob, "555-0142", reference, PHI.husband];

  it("sends only de-identified input to a service without a BAA", async () => {
    fake.reply({ json: assessment() });
    const { row } = await run();
    const sent = JSON.stringify(fake.requests);
    for (const v of phiValues()) expect(sent, v).not.toContain(v);
    expect(sent).toContain("sore throat");
    expect(JSON.stringify(row.inputSnapshot)).not.toContain(PHI.name);
    expect(row.deidentified).toBe(true);
    expect(await db.externalService.findUnique({ where: { key: row.serviceKey! } })).toMatchObject({ kind: "ai", baaCovered: false, enabled: true });
  });

  it("sends the full record to a BAA-covered service, and records the disclosure", async () => {
    process.env.AI_SERVICE_BAA = "true";
    fake.reply({ json: assessment() });
    const { row } = await run();
    const sent = JSON.stringify(fake.requests);
    for (const v of [PHI.name, PHI.email, PHI.dob, PHI.phone, reference]) expect(sent, v).toContain(v);
    expect(row.deidentified).toBe(false);
    expect(await db.externalService.findUnique({ where: { key: row.serviceKey! } })).toMatchObject({ baaCovered: true });
    const audit = await db.auditLog.findFirst({ where: { resourceType: "ai_request", resourceId: row.id } });
    expect(audit?.metadata).toMatchObject({ phiDisclosedTo: row.serviceKey });
  });

  it("uses the offline engine when the registry disables the service (nothing is sent)", async () => {
    fake.reply({ json: assessment() });
    const first = await run();
    await db.externalService.update({ where: { key: first.row.serviceKey! }, data: { enabled: false } });
    const { row } = await run();
    expect(row).toMatchObject({ status: "ready", engine: "offline", serviceKey: null });
    expect(fake.requests).toHaveLength(1);
    await db.externalService.update({ where: { key: first.row.serviceKey! }, data: { enabled: true } });
  });

  it("keeps PHI out of the application logs", async () => {
    fake.reply({ json: { nonsense: true } }, { status: 500 });
    await run();
    fake.reply({ json: assessment() });
    await run();
    const text = logs.join("\n");
    expect(text).toContain("AI request finished");
    for (const v of [...phiValues(), "Sore throat"]) expect(text, v).not.toContain(v);
  });
});

describe("post-processing", () => {
  it("flags an unsafe medication suggestion instead of recommending it", async () => {
    fake.reply({ json: { medications: [
      { name: "amoxicillin", dose: "500 mg", frequency: "every 8 hours", durationDays: 7, rationale: "Otitis media." },
      { name: "acetaminophen", dose: "500 mg", frequency: "every 6 hours as needed", durationDays: 5, rationale: "Pain." },
    ] } });
    const { row } = await run("medications");
    const meds = (row.output as { medications: { name: string; doseMg: number; frequencyPerDay: number; safety: { status: string; findings: { kind: string }[] } }[] }).medications;
    expect(meds[0]).toMatchObject({ name: "amoxicillin", doseMg: 500, frequencyPerDay: 3, safety: { status: "flagged" } });
    expect(meds[0]!.safety.findings.some((f) => f.kind === "allergy")).toBe(true);
    expect(meds[1]!.safety.status).toBe("recommended");
  });

  it("writes the patient message in the patient's language and always ends it with the disclaimer", async () => {
    fake.reply({ json: { language: "en", body: "Hola. Descanse y tome líquidos." } });
    const { row } = await run("patient_message", spanishConsultationId);
    const out = row.output as { language: string; body: string };
    expect(out.language).toBe("es");
    expect(out.body.endsWith(MEDICAL_DISCLAIMER.es)).toBe(true);
    const task = (fake.requests[0] as { messages: { content: string }[] }).messages[1]!.content;
    expect(task).toContain("Write the message in Spanish");
  });

  it("records our own errors as failed", async () => {
    const boom = await import("./load-ai-context");
    vi.spyOn(boom, "loadAiContext").mockRejectedValueOnce(new Error(`cannot read ${PHI.name}`));
    const { row } = await run();
    expect(row).toMatchObject({ status: "failed", error: "internal_error" });
    expect(logs.join("\n")).not.toContain(PHI.name);
  });
});

describe("the offline engine", () => {
  it("answers when nothing is configured, in process", async () => {
    delete process.env.OPENAI_BASE_URL;
    delete process.env.OPENAI_API_KEY;
    for (const kind of ["assessment", "medications", "soap_note", "patient_message"] as const) {
      const { row } = await run(kind);
      expect(row, kind).toMatchObject({ status: "ready", engine: "offline", model: "offline-rules@1", serviceKey: null, deidentified: false, temperature: null, maxTokens: null, attempts: 1 });
    }
    expect(fake.requests).toHaveLength(0);
  });
});
