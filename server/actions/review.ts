"use server";

import "server-only";
import { z } from "zod";
import { ZTransitionInput } from "@/lib/schemas/consultations";
import { ZDocumentationInput, ZTimeEntryInput } from "@/lib/schemas/documentation";
import { authedAction } from "../auth/authed-action";
import { requestTransition } from "../consultations/request-transition";
import { saveDocumentation } from "../consultations/save-documentation";
import { approveAsSupervisor } from "../consultations/approve-as-supervisor";
import { recordProviderTime } from "../billing/record-provider-time";
import { getAuthorizedConsultation } from "../consultations/get-consultation";
import { saveEducation } from "../consultations/save-education";

const ZId = z.string().uuid();

export async function transitionAction(consultationId: string, input: unknown) {
  return authedAction(z.object({ id: ZId, input: ZTransitionInput }), { id: consultationId, input }, async ({ actor, request, input: v }) => {
    const c = await requestTransition(actor, v.id, v.input, request);
    return { status: c.status, version: c.version };
  });
}

export async function saveDocumentationAction(consultationId: string, input: unknown) {
  return authedAction(z.object({ id: ZId, input: ZDocumentationInput }), { id: consultationId, input }, ({ actor, request, input: v }) =>
    saveDocumentation(actor, v.id, v.input, request),
  );
}

export async function approveAsSupervisorAction(consultationId: string, note?: string) {
  return authedAction(z.object({ id: ZId, note: z.string().max(2000).optional() }), { id: consultationId, note }, async ({ actor, request, input: v }) => {
    await approveAsSupervisor(actor, v.id, v.note, request);
    return {};
  });
}

export async function recordTimeAction(consultationId: string, entry: unknown) {
  return authedAction(z.object({ id: ZId, entry: ZTimeEntryInput }), { id: consultationId, entry }, ({ actor, request, input: v }) =>
    recordProviderTime(actor, v.id, v.entry, request),
  );
}

/** Break-the-glass from the page: opening with a stated reason creates a time-boxed grant. */
export async function breakGlassAction(consultationId: string, justification: string) {
  return authedAction(z.object({ id: ZId, justification: z.string().trim().min(10, "State why you need emergency access (at least 10 characters)").max(500) }), { id: consultationId, justification }, async ({ actor, request, input: v }) => {
    await getAuthorizedConsultation(actor, v.id, "consultation:read", { ...request, emergencyAccess: true, justification: v.justification });
    return {};
  });
}

export async function saveEducationAction(consultationId: string, keys: string[]) {
  return authedAction(z.object({ id: ZId, keys: z.array(z.string().max(60)).max(20) }), { id: consultationId, keys }, ({ actor, request, input }) =>
    saveEducation(actor, input.id, input.keys, request),
  );
}
