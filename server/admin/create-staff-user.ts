/**
 * Staff accounts are created by an admin (or the create-admin CLI for the
 * first one). They get a one-time temporary password, shown once to the
 * admin, and must enrol MFA at their first sign-in.
 */
import { randomBytes } from "node:crypto";
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { TCreateStaffInput } from "@/lib/schemas/account";
import { db, Prisma } from "../db/prisma";
import { hashPassword } from "../auth/password";
import { recordAuditLog } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";

/** Four random words-like chunks: long, and easy to read out. */
export function temporaryPassword(): string {
  return randomBytes(12).toString("base64url").replace(/[-_]/g, "x").match(/.{4}/g)!.join("-");
}

export async function createStaffUser(actor: UserActor | null, organizationId: string, input: TCreateStaffInput, request: RequestContext) {
  if (actor && !can(actor, "users:manage")) throw new AppError("FORBIDDEN", "Only administrators can create staff accounts.");
  const password = temporaryPassword();
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email, name: input.name, role: input.role, organizationId, passwordHash: await hashPassword(password),
          provider: input.role === "provider"
            ? {
                create: {
                  specialties: input.specialties, licenseNumber: input.licenseNumber!, licensedStates: input.licensedStates,
                  licenseExpiresAt: new Date(input.licenseExpiresAt!), maxDailyConsultations: input.maxDailyConsultations,
                },
              }
            : undefined,
        },
      });
      await recordAuditLog(tx, {
        actor, action: "CREATE", resourceType: "user", resourceId: created.id, outcome: "allowed", request,
        metadata: { role: input.role, via: actor ? "admin" : "cli" },
      });
      return created;
    });
    return { user, temporaryPassword: password };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email address already exists.", { fieldErrors: { email: ["Already in use"] } });
    }
    throw e;
  }
}
