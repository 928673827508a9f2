"use server";

import "server-only";
import { redirect } from "next/navigation";
import { ZIntake } from "@/lib/schemas/intake";
import { ZSaveIntakeDraftInput, ZSubmitIntakeInput } from "@/lib/schemas/intake-form";
import { parseWith } from "../http/api-route";
import { runPatientAction, type ActionResult } from "../http/patient-action";
import { saveIntakeDraft } from "../intake/save-intake-draft";
import { submitIntakeDraft } from "../intake/submit-intake-draft";

/** Continue on an intake page: saves that page's answers to the patient's draft. */
export async function saveIntakeDraftAction(input: unknown): Promise<ActionResult<{ step: number }>> {
  return runPatientAction(async (actor, request) => saveIntakeDraft(actor, parseWith(ZSaveIntakeDraftInput, input), request));
}

/** "Send my request": re-parses the Intake, creates and triages the consultation, then opens its status page. */
export async function submitIntakeAction(input: unknown): Promise<ActionResult> {
  const result = await runPatientAction(async (actor, request) => {
    const { intake, idempotencyKey } = parseWith(ZSubmitIntakeInput, input);
    const consultation = await submitIntakeDraft(actor, parseWith(ZIntake, intake), request, idempotencyKey);
    return { consultationId: consultation.id };
  });
  // redirect() throws, so it must run outside the try/catch in runPatientAction.
  if (result.ok) redirect(`/consultations/${result.consultationId}?submitted=1`);
  return result;
}
