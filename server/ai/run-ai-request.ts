/**
 * The "ai-request" job's work for one AiInteractionLog row: claim it (queued → running), build
 * the context, de-identify it unless the engine may receive PHI, call the engine with validation
 * and one retry, post-process (review flag, medication safety, disclaimer), and record everything
 * — input as sent, model, prompt version, settings, raw output, validation errors, latency,
 * tokens — with the final status. Each status change is announced on the outbox
 * ("consultation.ai") so the review page updates live.
 *
 * Status: ready (validated output), unavailable (the service failed or answered invalidly twice:
 * the panel says "continue manually"), failed (our own error). Idempotent: a row that is not
 * queued is left alone, so a duplicate job does nothing.
 */
import type { Logger } from "pino";
import { systemActor } from "@/lib/auth/actor";
import { deidentify } from "@/lib/ai/deidentify";
import { finalizeAiOutput } from "@/lib/ai/finalize-ai-output";
import { modelJsonSchema } from "@/lib/ai/ai-output-schemas";
import { PROMPTS, renderPrompt } from "@/lib/ai/prompts";
import type { TAiFailureReason } from "@/lib/ai/ai-kinds";
import type { TAiKind, TAiStatus } from "@/lib/schemas/ai";
import { db } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import { writeOutboxEvent } from "../outbox/write-outbox-event";
import { callAiWithValidation, type CallOutcome } from "./call-ai-with-validation";
import { loadAiContext } from "./load-ai-context";
import { resolveAiEngine, type ResolvedAiEngine } from "./resolve-ai-engine";

export interface RunAiRequestResult {
  status: TAiStatus | "skipped";
}

interface Claimed {
  id: string;
  consultationId: string;
  patientId: string;
  kind: TAiKind;
}

async function claim(id: string, now: Date): Promise<Claimed | null> {
  return db.$transaction(async (tx) => {
    const res = await tx.aiInteractionLog.updateMany({ where: { id, status: "queued" }, data: { status: "running", startedAt: now } });
    if (res.count === 0) return null;
    const row = await tx.aiInteractionLog.findUniqueOrThrow({ where: { id }, select: { consultationId: true, kind: true } });
    const c = await tx.consultation.findUniqueOrThrow({ where: { id: row.consultationId }, select: { patientId: true } });
    await writeOutboxEvent(tx, "consultation.ai", { consultationId: row.consultationId, aiRequestId: id, aiStatus: "running", kind: row.kind });
    return { id, consultationId: row.consultationId, patientId: c.patientId, kind: row.kind as TAiKind };
  });
}

type Finish = {
  status: TAiStatus;
  error: string | null;
  data: Record<string, unknown>;
  target?: ResolvedAiEngine;
  deidentified?: boolean;
};

async function finish(row: Claimed, f: Finish, now: Date) {
  await db.$transaction(async (tx) => {
    await tx.aiInteractionLog.update({ where: { id: row.id }, data: { ...f.data, status: f.status, error: f.error, finishedAt: now } as never });
    await writeOutboxEvent(tx, "consultation.ai", { consultationId: row.consultationId, aiRequestId: row.id, aiStatus: f.status, kind: row.kind });
    await recordAuditLog(tx, {
      actor: systemActor("ai"), action: "READ", resourceType: "ai_request", resourceId: row.id, patientId: row.patientId, outcome: "allowed",
      metadata: {
        consultationId: row.consultationId, kind: row.kind, status: f.status, engine: f.target?.name ?? null, serviceKey: f.target?.serviceKey ?? null,
        deidentified: f.deidentified ?? false,
        // Accounting of disclosures: which external service received identified data, if any.
        phiDisclosedTo: f.target && f.target.name !== "offline" && !f.deidentified ? f.target.serviceKey : null,
      },
    });
  });
}

function outcomeData(call: CallOutcome) {
  return {
    rawOutput: call.raw, attempts: call.attempts, latencyMs: call.latencyMs, promptTokens: call.promptTokens, completionTokens: call.completionTokens,
    validationErrors: call.failedAttempts.length ? call.failedAttempts : undefined,
  };
}

/** Runs one AI request to completion. Never throws for service failures; rethrows only when even recording the failure failed. */
export async function runAiRequest(aiRequestId: string, log: Logger, now: () => Date = () => new Date()): Promise<RunAiRequestResult> {
  const row = await claim(aiRequestId, now());
  if (!row) return { status: "skipped" };
  const done = (status: TAiStatus, extra: Record<string, unknown> = {}) => {
    log.info({ aiRequestId, consultationId: row.consultationId, kind: row.kind, status, ...extra }, "AI request finished");
    return { status };
  };
  try {
    const full = await loadAiContext(row.consultationId, now());
    const target = await resolveAiEngine();
    const deidentified = !target.sendsPhi;
    const context = deidentified ? deidentify(full).context : full;
    const template = PROMPTS[row.kind];
    const settings = target.settings(row.kind);
    const base = {
      engine: target.name, serviceKey: target.serviceKey, model: settings.model, promptVersion: template.version, temperature: settings.temperature,
      maxTokens: settings.maxTokens, deidentified, inputSnapshot: { context } as object,
    };
    const call = await callAiWithValidation(target.engine, {
      kind: row.kind, messages: renderPrompt(template, context), context, schemaName: template.schemaName, jsonSchema: modelJsonSchema(row.kind),
      settings: { model: settings.model, temperature: settings.temperature ?? 0, maxTokens: settings.maxTokens ?? 0 },
    });
    const data = { ...base, model: call.model ?? settings.model, ...outcomeData(call) };
    // "usage", not "…Tokens": the logger masks every key containing "token".
    const metrics = { engine: target.name, attempts: call.attempts, latencyMs: call.latencyMs, usage: { prompt: call.promptTokens, completion: call.completionTokens }, deidentified };
    if (call.serviceError) {
      const reason: TAiFailureReason = call.serviceError.reason;
      await finish(row, { status: "unavailable", error: call.serviceError.message, data, target, deidentified }, now());
      return done("unavailable", { ...metrics, failure: reason });
    }
    // Post-processing runs on the full context: safety checks use the real record, in process.
    const final = call.value === null ? null : finalizeAiOutput(row.kind, call.value, full);
    if (!final?.ok) {
      const failedAttempts = final && !final.ok ? [...call.failedAttempts, { attempt: call.attempts, errors: final.errors, rawOutput: call.raw }] : call.failedAttempts;
      await finish(row, { status: "unavailable", error: "invalid_output", data: { ...data, validationErrors: failedAttempts }, target, deidentified }, now());
      return done("unavailable", { ...metrics, failure: "invalid_output", validationErrorCount: failedAttempts.length });
    }
    await finish(row, { status: "ready", error: null, data: { ...data, output: final.value as object }, target, deidentified }, now());
    return done("ready", metrics);
  } catch (e) {
    log.error({ err: e, aiRequestId, consultationId: row.consultationId }, "AI request failed");
    await finish(row, { status: "failed", error: "internal_error", data: {} }, now());
    return { status: "failed" };
  }
}
