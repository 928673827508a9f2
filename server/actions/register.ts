"use server";

import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZRegisterInput } from "@/lib/schemas/account";
import { fieldErrorsOf, isAppError } from "@/lib/errors";
import { RATE_LIMITS } from "@/lib/auth/rate-limits";
import { registerPatient } from "../auth/register-patient";
import { signIn } from "../auth/auth";
import { requestContextFrom } from "../http/request-context-from";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";

export interface RegisterState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** Increments per submission so the form re-mounts with the returned values. */
  attempt?: number;
}

export async function registerAction(prev: RegisterState, form: FormData): Promise<RegisterState> {
  const attempt = (prev.attempt ?? 0) + 1;
  const raw = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, String(v)]));
  const { password: _pw, ...values } = raw;
  const request = requestContextFrom({ headers: await headers() });
  try {
    await consumeRateLimit(RATE_LIMITS.signIn, request.ipAddress ?? "unknown");
    const parsed = ZRegisterInput.safeParse(raw);
    if (!parsed.success) return { ok: false, message: "Check the answers marked below.", fieldErrors: fieldErrorsOf(parsed.error.issues), values, attempt };
    await registerPatient(parsed.data, request);
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.message, fieldErrors: e.details?.fieldErrors as Record<string, string[]> | undefined, values, attempt };
    throw e;
  }
  redirect("/intake");
}
