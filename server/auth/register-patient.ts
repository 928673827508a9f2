/**
 * Patient self sign-up (staff accounts are created by an admin). Duplicate
 * emails get the same neutral answer as success would not: we say the address
 * is in use, because sign-in already reveals that through lockout behaviour.
 */
import { AppError } from "@/lib/errors";
import type { TRegisterInput } from "@/lib/schemas/account";
import { db, Prisma } from "../db/prisma";
import { recordAuditLog } from "../audit/record-audit-log";
import type { RequestContext } from "../http/request-context";
import { hashPassword } from "./password";

/** The organisation new patients join: DEFAULT_ORGANIZATION_ID, else the first one created. */
async function defaultOrganizationId(): Promise<string> {
  const id = process.env.DEFAULT_ORGANIZATION_ID;
  const org = id ? await db.organization.findUnique({ where: { id } }) : await db.organization.findFirst({ orderBy: { createdAt: "asc" } });
  if (!org) throw new AppError("UNAVAILABLE", "Sign-up is not open yet: no clinic is configured.");
  return org.id;
}

export async function registerPatient(input: TRegisterInput, request: RequestContext) {
  const organizationId = await defaultOrganizationId();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email, name: input.name, role: "patient", organizationId, passwordHash,
          patient: {
            create: {
              dateOfBirth: new Date(input.dateOfBirth), sex: input.sex, stateOfResidence: input.stateOfResidence,
              languagePreference: input.preferredLanguage, pregnancyStatus: input.sex === "male" ? "not_applicable" : "unknown",
            },
          },
        },
        include: { patient: true },
      });
      await recordAuditLog(tx, {
        actor: { kind: "user", userId: user.id, role: "patient", organizationId }, action: "CREATE", resourceType: "user",
        resourceId: user.id, patientId: user.patient!.id, outcome: "allowed", request, metadata: { via: "self-sign-up" },
      });
      return user;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email address already exists. Sign in instead.", { fieldErrors: { email: ["An account with this email address already exists"] } });
    }
    throw e;
  }
}
