import { expect, request as pwRequest, type APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts";
import { totpFor } from "./fixtures";

/**
 * A signed-in API client for a demo account, using the scripted next-auth
 * flow integrators use: GET /api/auth/csrf, then POST the credentials (with
 * the TOTP code for staff) to /api/auth/callback/credentials.
 */
export async function apiAs(baseURL: string, email: string): Promise<APIRequestContext> {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email)!;
  const ctx = await pwRequest.newContext({ baseURL });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, totp: account.totpSecret ? totpFor(account.totpSecret) : "" },
    maxRedirects: 0,
  });
  expect(res.status(), `sign-in of ${email}`).toBe(302);
  expect(res.headers().location ?? "").not.toContain("error");
  return ctx;
}

export const intakeBody = (overrides: Record<string, unknown> = {}) => ({
  consultationType: "family_medicine",
  chiefComplaint: "Sore throat and a mild fever for two days",
  symptoms: ["sore throat"],
  onset: "1_3_days",
  severity: 4,
  vitals: { temperatureC: 37.9, heartRate: 90 },
  medications: [],
  allergies: [],
  preferredLanguage: "en",
  consent: { accepted: true, version: "2026-11-v1" },
  ...overrides,
});
