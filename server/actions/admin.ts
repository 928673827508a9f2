"use server";

import "server-only";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { ZCreateStaffInput } from "@/lib/schemas/account";
import { fieldErrorsOf, isAppError } from "@/lib/errors";
import { getActor } from "../auth/get-actor";
import { createStaffUser } from "../admin/create-staff-user";
import { updateUserAccess, type UserAccessChange } from "../admin/update-user-access";
import { requestContextFrom } from "../http/request-context-from";

export interface AdminState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  created?: { email: string; temporaryPassword: string };
}

async function adminContext() {
  const { actor } = await getActor();
  if (!actor || actor.role !== "admin" || !actor.mfaEnabled) return null;
  return { actor, request: requestContextFrom({ headers: await headers() }, actor.sessionId) };
}

export async function createStaffAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  const ctx = await adminContext();
  if (!ctx) return { ok: false, message: "Only administrators can create staff accounts." };
  const raw = {
    name: form.get("name"), email: form.get("email"), role: form.get("role"),
    specialties: form.getAll("specialties").map(String).filter(Boolean),
    licenseNumber: String(form.get("licenseNumber") ?? "") || undefined,
    licensedStates: String(form.get("licensedStates") ?? "").split(/[\s,]+/).filter(Boolean).map((s) => s.toUpperCase()),
    licenseExpiresAt: String(form.get("licenseExpiresAt") ?? "") || undefined,
    maxDailyConsultations: form.get("maxDailyConsultations") ? Number(form.get("maxDailyConsultations")) : undefined,
  };
  const parsed = ZCreateStaffInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "Check the answers marked below.", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  try {
    const { user, temporaryPassword } = await createStaffUser(ctx.actor, ctx.actor.organizationId, parsed.data, ctx.request);
    revalidatePath("/admin/users");
    return { ok: true, created: { email: user.email, temporaryPassword } };
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.message, fieldErrors: e.details?.fieldErrors as Record<string, string[]> };
    throw e;
  }
}

export async function updateUserAccessAction(userId: string, change: UserAccessChange): Promise<{ ok: boolean; message?: string }> {
  const ctx = await adminContext();
  if (!ctx) return { ok: false, message: "Only administrators can manage accounts." };
  try {
    await updateUserAccess(ctx.actor, String(userId), change, ctx.request);
    revalidatePath("/admin/users");
    return { ok: true };
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.message };
    throw e;
  }
}
