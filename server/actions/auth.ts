"use server";

import "server-only";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { HOME_PATH } from "@/lib/auth/home-path";
import { signIn, signOut } from "../auth/auth";
import { getActor } from "../auth/get-actor";
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";

export interface SignInState {
  error?: string;
  code?: string;
  needsTotp?: boolean;
  email?: string;
}

const MESSAGES: Record<string, string> = {
  invalid_credentials: "The email address or password is not right. Check them and try again.",
  locked: "This account is locked for 15 minutes after 5 failed sign-in attempts. Try again later or contact your clinic.",
  mfa_required: "Enter the 6-digit code from your authenticator app.",
  mfa_invalid: "That code is not right or has expired. Enter the current 6-digit code.",
  rate_limited: "Too many sign-in attempts from this network. Wait a few minutes and try again.",
};

const ZSignInForm = z.object({
  email: z.string().trim().email("Enter your email address, like name@example.com"),
  password: z.string().min(1, "Enter your password"),
  totp: z.string().trim().optional(),
  next: z.string().optional(),
});

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = ZSignInForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email: String(form.get("email") ?? "") };
  const { email, password, totp, next } = parsed.data;
  try {
    await signIn("credentials", { email, password, totp: totp || "", redirect: false });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code ?? "invalid_credentials";
      const needsTotp = code === "mfa_required" || code === "mfa_invalid";
      return { error: MESSAGES[code] ?? MESSAGES.invalid_credentials, code, needsTotp, email };
    }
    throw e;
  }
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { role: true } });
  const safeNext = next && next.startsWith("/") && !next.startsWith("//") ? next : null;
  redirect(safeNext ?? HOME_PATH[user?.role ?? "patient"]);
}

export async function signOutAction() {
  const { actor } = await getActor({ touch: false });
  if (actor?.sessionId) {
    await db.userSession.update({ where: { id: actor.sessionId }, data: { revokedAt: new Date() } });
    await recordAuditLogStandalone({ actor, action: "LOGOUT", resourceType: "session", resourceId: actor.sessionId, outcome: "allowed" });
  }
  await signOut({ redirectTo: "/login?signedOut=1" });
}
