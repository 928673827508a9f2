"use server";

import "server-only";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { fieldErrorsOf, isAppError } from "@/lib/errors";
import { ZRecordPhonedInInput } from "@/lib/schemas/prescriptions";
import { getActor } from "../auth/get-actor";
import { requestContextFrom } from "../http/request-context-from";
import { resendPrescription } from "../prescriptions/resend-prescription";
import { recordPhonedInPrescription } from "../prescriptions/record-phoned-in-prescription";

export type PharmacyActionResult = { ok: true } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

async function context() {
  const { actor } = await getActor();
  if (!actor) return null;
  return { actor, request: requestContextFrom({ headers: await headers() }, actor.sessionId) };
}

function failure(e: unknown): PharmacyActionResult {
  if (isAppError(e)) return { ok: false, code: e.code, message: e.message, fieldErrors: e.details?.fieldErrors as Record<string, string[]> | undefined };
  throw e;
}

/** Pharmacist: send a manual-queue prescription to the pharmacy gateway again. */
export async function resendPrescriptionAction(prescriptionId: string): Promise<PharmacyActionResult> {
  const ctx = await context();
  if (!ctx) return { ok: false, code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again." };
  try {
    await resendPrescription(ctx.actor, String(prescriptionId), ctx.request);
    revalidatePath("/pharmacy");
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}

/** Pharmacist: record that a manual-queue prescription was phoned in, with the outcome. */
export async function recordPhonedInAction(prescriptionId: string, input: unknown): Promise<PharmacyActionResult> {
  const ctx = await context();
  if (!ctx) return { ok: false, code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again." };
  const parsed = ZRecordPhonedInInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "VALIDATION_FAILED", message: "Check the answers marked below.", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  try {
    await recordPhonedInPrescription(ctx.actor, String(prescriptionId), parsed.data, ctx.request);
    revalidatePath("/pharmacy");
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}
