/**
 * AI decision support through its doors and use-cases: who may request, read and decide; the
 * 202 + job hand-off (real pg-boss); accept / edit / reject with deviation reasons, copying into
 * the notes and sending the approved patient message; the deviation prompt; the agreement rate.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "../db/prisma";
import { createBoss } from "../jobs/boss";
import { createLogger } from "../logger";
import { makeWorld, patientActor, staffActor, testRequest } from "../test/fixtures";
import { requestAiSuggestion } from "./request-ai-suggestion";
import { findAiRequests } from "./find-ai-requests";
import { decideAiSuggestion } from "./decide-ai-suggestion";
import { recordAiDeviation } from "./record-ai-deviation";
import { runAiRequest } from "./run-ai-request";
import { stopAiRequestSender } from "./enqueue-ai-request";
import { computeAiAgreementRate } from "./compute-ai-agreement-rate";
import { sweepAiRequests } from "./sweep-ai-requests";
import { saveDocumentation } from "../consultations/save-documentation";

const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/server/auth/get-actor", () => ({ getActor: async () => ({ actor: session.actor, problem: "none" }) }));
const { GET } = await import("@/app/api/v1/consultations/[id]/ai/route");
const { POST: POST_ASSESSMENT } = await import("@/app/api/v1/consultations/[id]/ai/assessment/route");
const { POST: POST_DECISION } = await import("@/app/api/v1/consultations/[id]/ai/[requestId]/decision/route");

const log = createLogger();
const req = testRequest("ai");
type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let boss: Awaited<ReturnType<typeof createBoss>>;
let lee: UserActor, other: UserActor, supervisor: UserActor, patient: UserActor;
let pat: Awaited<ReturnType<World["patient"]>>;
let leeIds: { providerId: string; userId: string };

async function openCase(status: "in_review" | "triaged" | "completed" = "in_review", intake = { chiefComplaint: "Sore throat and mild fever for two days", symptoms: ["sore throat", "fever"] }) {
  return w.consultation({ patient: pat.patient, patientUserId: pat.user.id, status, providerId: leeIds.providerId, providerUserId: leeIds.userId, intake });
}

/** Request + run with the offline engine (no AI endpoint configured in this file). */
async function ready(consultationId: string, kind: "assessment" | "medications" | "soap_note" | "patient_message") {
  const { id } = await requestAiSuggestion(lee, consultationId, kind, req);
  expect((await runAiRequest(id, log)).status).toBe("ready");
  return id;
}

beforeAll(async () => {
  delete process.env.OPENAI_API_KEY;
  delete process.env.OPENAI_BASE_URL;
  // Installs the pg-boss schema, as the worker does at start.
  boss = createBoss();
  await boss.start();
  w = await makeWorld();
  pat = await w.patient({ name: "Bob Tester", allergies: [{ substance: "penicillin", reaction: "hives", type: "allergy" }] });
  const doc = await w.provider();
  leeIds = { providerId: doc.provider!.id, userId: doc.user.id };
  lee = staffActor(doc);
  other = staffActor(await w.provider());
  supervisor = staffActor(await w.staff({ role: "supervisor" }));
  patient = patientActor(pat);
});

afterAll(async () => {
  await stopAiRequestSender();
  await boss.stop({ graceful: false, wait: true });
});

describe("requesting", () => {
  it("queues the request, announces it, audits it and hands it to the ai-request job", async () => {
    const c = await openCase();
    const r = await requestAiSuggestion(lee, c.id, "assessment", req);
    expect(r.status).toBe("queued");
    const row = await db.aiInteractionLog.findUniqueOrThrow({ where: { id: r.id } });
    expect(row).toMatchObject({ consultationId: c.id, requestedByUserId: lee.userId, kind: "assessment", status: "queued", promptVersion: "assessment@1" });
    const jobs = await db.$queryRaw<{ id: string; name: string; data: { aiRequestId: string } }[]>`SELECT id::text, name, data FROM pgboss.job WHERE name = 'ai-request' AND id = ${r.id}::uuid`;
    expect(jobs).toEqual([{ id: r.id, name: "ai-request", data: { aiRequestId: r.id } }]);
    expect(await db.outboxEvent.count({ where: { consultationId: c.id, type: "consultation.ai" } })).toBe(1);
    expect(await db.auditLog.count({ where: { resourceType: "ai_request", resourceId: r.id, action: "CREATE" } })).toBe(1);
  });

  it("returns the request already in flight instead of queuing a second one", async () => {
    const c = await openCase();
    const a = await requestAiSuggestion(lee, c.id, "soap_note", req);
    const b = await requestAiSuggestion(lee, c.id, "soap_note", req);
    expect(b.id).toBe(a.id);
  });

  it.each([
    ["another provider", () => other],
    ["a supervisor", () => supervisor],
    ["the patient", () => patient],
  ])("refuses %s (403, audited)", async (_label, who) => {
    const c = await openCase();
    await expect(requestAiSuggestion(who(), c.id, "assessment", req)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.auditLog.count({ where: { resourceId: c.id, outcome: "denied" } })).toBeGreaterThan(0);
  });

  it("refuses once the consultation is closed", async () => {
    const c = await openCase("completed");
    await expect(requestAiSuggestion(lee, c.id, "assessment", req)).rejects.toMatchObject({ code: "GUARD_FAILED" });
  });

  it("answers 202 through the REST door, and 403 as JSON for others", async () => {
    const c = await openCase();
    const url = `http://localhost/api/v1/consultations/${c.id}/ai/assessment`;
    session.actor = lee;
    const res = await POST_ASSESSMENT(new NextRequest(url, { method: "POST" }), { params: Promise.resolve({ id: c.id }) });
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ status: "queued", id: expect.any(String) });
    session.actor = other;
    const denied = await POST_ASSESSMENT(new NextRequest(url, { method: "POST" }), { params: Promise.resolve({ id: c.id }) });
    expect(denied.status).toBe(403);
    expect((await denied.json()).error.code).toBe("FORBIDDEN");
  });
});

describe("reading the log", () => {
  it("lists newest first with cursor pagination, for the clinical team only", async () => {
    const c = await openCase();
    const a = await ready(c.id, "assessment");
    const b = await ready(c.id, "soap_note");
    const page1 = await findAiRequests(lee, c.id, { limit: 1 }, req);
    expect(page1.items.map((i) => i.id)).toEqual([b]);
    expect(page1).toMatchObject({ canRequest: true, engine: { engine: "offline", label: "Rule-based offline engine", deidentifies: false } });
    const page2 = await findAiRequests(lee, c.id, { limit: 1, cursor: page1.nextCursor! }, req);
    expect(page2.items.map((i) => i.id)).toEqual([a]);
    expect(page2.nextCursor).toBeNull();
    expect((await findAiRequests(supervisor, c.id, { limit: 20 }, req)).canRequest).toBe(false);
    await expect(findAiRequests(patient, c.id, { limit: 20 }, req)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findAiRequests(other, c.id, { limit: 20 }, req)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("serves the documented item shape through GET", async () => {
    const c = await openCase();
    await ready(c.id, "assessment");
    session.actor = lee;
    const res = await GET(new NextRequest(`http://localhost/api/v1/consultations/${c.id}/ai`), { params: Promise.resolve({ id: c.id }) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items[0]).toMatchObject({
      kind: "assessment", status: "ready", engine: "offline", promptVersion: "assessment@1", model: "offline-rules@1", decision: null,
      output: { primaryDiagnosis: { icd10Code: "J02.9" } }, createdAt: expect.any(String), finishedAt: expect.any(String),
    });
  });
});

describe("deciding", () => {
  it("asks for a reason when the edited diagnosis differs, then keeps both versions", async () => {
    const c = await openCase();
    const id = await ready(c.id, "assessment");
    const edited = { primaryDiagnosis: { icd10Code: "J06.9", description: "Acute upper respiratory infection, unspecified" }, alternatives: [] };
    await expect(decideAiSuggestion(lee, c.id, id, { decision: "edited", finalText: edited }, req)).rejects.toMatchObject({
      code: "VALIDATION_FAILED", details: { fieldErrors: { deviationReason: [expect.stringContaining("differs")] } },
    });
    const r = await decideAiSuggestion(lee, c.id, id, { decision: "edited", finalText: edited, deviationReason: "Cough and coryza: viral URI", copyToNotes: true }, req);
    expect(r.copiedToNotes).toBe(true);
    expect(r.request).toMatchObject({ decision: "edited", deviationReason: "Cough and coryza: viral URI", finalText: edited, output: { primaryDiagnosis: { icd10Code: "J02.9" } } });
    expect(r.request.providerModifications).toEqual(expect.arrayContaining([{ field: "primaryDiagnosis.icd10Code", from: "J02.9", to: "J06.9" }]));
    expect((await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).primaryDiagnosisCode).toBe("J06.9");
    await expect(decideAiSuggestion(lee, c.id, id, { decision: "accepted" }, req)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("needs a reason to reject an assessment; a rejection keeps no final text", async () => {
    const c = await openCase();
    const id = await ready(c.id, "assessment");
    await expect(decideAiSuggestion(lee, c.id, id, { decision: "rejected" }, req)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    const r = await decideAiSuggestion(lee, c.id, id, { decision: "rejected", deviationReason: "Not enough information" }, req);
    expect(r.request).toMatchObject({ decision: "rejected", finalText: null });
  });

  it("will not accept a medication list with an unsafe suggestion as it is", async () => {
    const c = await openCase("in_review", { chiefComplaint: "Ear pain and muffled hearing on the left side", symptoms: [] });
    const id = await ready(c.id, "medications");
    const row = await db.aiInteractionLog.findUniqueOrThrow({ where: { id } });
    expect((row.output as { medications: { name: string; safety: { status: string } }[] }).medications.find((m) => m.name === "amoxicillin")?.safety.status).toBe("flagged");
    await expect(decideAiSuggestion(lee, c.id, id, { decision: "accepted" }, req)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    const r = await decideAiSuggestion(lee, c.id, id, {
      decision: "edited", finalText: { medications: [{ name: "cefuroxime", dose: "500 mg", frequency: "twice daily", durationDays: 7 }] }, deviationReason: "Penicillin allergy",
    }, req);
    expect(r.request.decision).toBe("edited");
  });

  it("sends an approved patient message (not automated) and links it to the log", async () => {
    const c = await openCase();
    const id = await ready(c.id, "patient_message");
    const r = await decideAiSuggestion(lee, c.id, id, { decision: "edited", finalText: { body: "Hello Bob, rest and drink fluids." } }, req);
    expect(r.messageId).toEqual(expect.any(String));
    const m = await db.consultationMessage.findUniqueOrThrow({ where: { id: r.messageId! } });
    expect(m).toMatchObject({ automated: false, senderId: lee.userId, senderRole: "provider" });
    expect(m.body).toMatch(/^Hello Bob, rest and drink fluids\.\n\nThis message is general medical information/);
    expect(r.request.finalText).toMatchObject({ messageId: m.id });
  });

  it("sends nothing before the decision, and nothing on rejection", async () => {
    const c = await openCase();
    const id = await ready(c.id, "patient_message");
    expect(await db.consultationMessage.count({ where: { consultationId: c.id } })).toBe(0);
    await decideAiSuggestion(lee, c.id, id, { decision: "rejected" }, req);
    expect(await db.consultationMessage.count({ where: { consultationId: c.id } })).toBe(0);
  });

  it("decides through the REST door", async () => {
    const c = await openCase();
    const id = await ready(c.id, "soap_note");
    session.actor = lee;
    const res = await POST_DECISION(
      new NextRequest(`http://localhost/api/v1/consultations/${c.id}/ai/${id}/decision`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decision: "accepted", copyToNotes: true }) }),
      { params: Promise.resolve({ id: c.id, requestId: id }) },
    );
    expect(res.status).toBe(200);
    expect((await res.json()).copiedToNotes).toBe(true);
    const after = await db.consultation.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.assessment).toMatch(/^Subjective: /);
    expect(after.plan).toBeTruthy();
  });
});

describe("deviation from the notes", () => {
  it("shows the deviation when the notes' diagnosis differs, and stores the reason", async () => {
    const c = await openCase();
    const id = await ready(c.id, "assessment");
    await saveDocumentation(lee, c.id, { primaryDiagnosisCode: "J03.90" }, req);
    const list = await findAiRequests(lee, c.id, { limit: 20 }, req);
    expect(list.deviation).toEqual({ requestId: id, aiCode: "J02.9", providerCode: "J03.90", differs: true, reason: null });
    await recordAiDeviation(lee, c.id, id, "Exudative tonsillitis on the photo", req);
    expect((await findAiRequests(lee, c.id, { limit: 20 }, req)).deviation?.reason).toBe("Exudative tonsillitis on the photo");
  });
});

describe("computeAiAgreementRate", () => {
  it("compares the latest AI assessment with the provider's final diagnosis, per organisation and period", async () => {
    const from = new Date(Date.now() - 60_000);
    const agree = await openCase();
    await ready(agree.id, "assessment");
    await saveDocumentation(lee, agree.id, { primaryDiagnosisCode: "j02.9" }, req);
    const disagree = await openCase();
    await ready(disagree.id, "assessment");
    await saveDocumentation(lee, disagree.id, { primaryDiagnosisCode: "J06.9" }, req);
    const undecided = await openCase();
    await ready(undecided.id, "assessment");
    await db.consultation.updateMany({ where: { organizationId: w.org.id, id: { notIn: [agree.id, disagree.id, undecided.id] } }, data: { primaryDiagnosisCode: null } });
    const r = await computeAiAgreementRate(w.org.id, from, new Date(Date.now() + 60_000));
    expect(r.compared).toBe(2);
    expect(r.agreed).toBe(1);
    expect(r.rate).toBe(0.5);
    expect(r.assessed).toBeGreaterThanOrEqual(3);
    const none = await computeAiAgreementRate(w.org.id, new Date(0), new Date(1));
    expect(none).toMatchObject({ assessed: 0, compared: 0, rate: null });
  });
});

describe("sweepAiRequests", () => {
  it("re-sends requests whose job was lost and fails requests whose worker died", async () => {
    const c = await openCase();
    const old = new Date(Date.now() - 10 * 60_000);
    const lost = await db.aiInteractionLog.create({ data: { consultationId: c.id, requestedByUserId: lee.userId, kind: "assessment", promptVersion: "assessment@1", createdAt: old } });
    const stuck = await db.aiInteractionLog.create({ data: { consultationId: c.id, requestedByUserId: lee.userId, kind: "soap_note", promptVersion: "soap-note@1", status: "running", startedAt: old, createdAt: old } });
    const sent: string[] = [];
    const r = await sweepAiRequests(new Date(), async (id) => (sent.push(id), true));
    expect(sent).toContain(lost.id);
    expect(r.interrupted).toBeGreaterThanOrEqual(1);
    expect(await db.aiInteractionLog.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({ status: "failed", error: "interrupted" });
    const list = await findAiRequests(lee, c.id, { limit: 20 }, req);
    expect(list.items.find((i) => i.id === stuck.id)?.notice).toEqual({ message: "AI suggestions are unavailable right now — continue manually.", detail: "The request was interrupted before it finished." });
    await db.aiInteractionLog.update({ where: { id: lost.id }, data: { status: "failed" } });
  });
});
