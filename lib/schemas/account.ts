/** Account contracts: patient sign-up and staff creation (shared by forms, actions and the CLI). */
import { z } from "zod";
import { checkPassword, ZNewPassword } from "../auth/password-policy";
import { LANGUAGES } from "./intake";

export const US_STATES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN",
  "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
  "WV", "WI", "WY",
] as const;

const ZEmail = z.string({ error: "Enter your email address" }).trim().toLowerCase().email("Enter an email address in the right format, like name@example.com").max(254);
const ZName = z.string({ error: "Enter your full name" }).trim().min(2, "Enter your full name").max(120);

/** Adds the password rules that depend on the email and name (the field itself checks the rest). */
function refinePassword(v: { password: string; email: string; name: string }, ctx: z.RefinementCtx) {
  const base = new Set(checkPassword(v.password).problems);
  for (const problem of checkPassword(v.password, { email: v.email, name: v.name }).problems) {
    if (!base.has(problem)) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  }
}

export const ZRegisterInput = z
  .object({
    name: ZName,
    email: ZEmail,
    password: ZNewPassword,
    dateOfBirth: z.iso.date("Enter your date of birth, for example 1990-04-27").refine((d) => {
      const t = Date.parse(d);
      return t < Date.now() && t > Date.parse("1900-01-01");
    }, "Enter a real date of birth in the past"),
    sex: z.enum(["female", "male", "other"], { error: "Choose the sex recorded on your medical record" }),
    stateOfResidence: z.enum(US_STATES, { error: "Choose the state you live in" }),
    preferredLanguage: z.enum(LANGUAGES).default("en"),
  })
  .strict()
  .superRefine(refinePassword);
export type TRegisterInput = z.infer<typeof ZRegisterInput>;

export const STAFF_ROLES = ["provider", "supervisor", "pharmacist", "admin"] as const;

export const ZCreateStaffInput = z
  .object({
    name: ZName,
    email: ZEmail,
    role: z.enum(STAFF_ROLES, { error: "Choose a role" }),
    specialties: z.array(z.string().min(2).max(60)).max(10).default([]),
    licenseNumber: z.string().trim().max(60).optional(),
    licensedStates: z.array(z.enum(US_STATES)).max(60).default([]),
    licenseExpiresAt: z.iso.date().optional(),
    maxDailyConsultations: z.number().int().min(1).max(200).default(20),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.role !== "provider") return;
    if (v.specialties.length === 0) ctx.addIssue({ code: "custom", path: ["specialties"], message: "Choose at least one specialty" });
    if (!v.licenseNumber) ctx.addIssue({ code: "custom", path: ["licenseNumber"], message: "Enter the licence number" });
    if (!v.licenseExpiresAt) ctx.addIssue({ code: "custom", path: ["licenseExpiresAt"], message: "Enter the licence expiry date" });
    if (v.licensedStates.length === 0) ctx.addIssue({ code: "custom", path: ["licensedStates"], message: "Choose at least one licensed state" });
  });
export type TCreateStaffInput = z.infer<typeof ZCreateStaffInput>;
