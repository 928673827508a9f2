/**
 * Tenant scoping for audit queries, as SQL. AuditLog rows carry no
 * organisation column, so a row belongs to an organisation when its actor, its
 * patient, or (for actorless rows such as LOCKOUT) the user it is about
 * belongs to it. Every audit read goes through this, so one supervisor never
 * sees another clinic's trail.
 */
import { Prisma } from "../db/prisma";

/** WHERE fragment for rows of `organizationId` (table alias `a`). */
export function auditScopeSql(organizationId: string): Prisma.Sql {
  return Prisma.sql`(
    a."actorId" IN (SELECT u."id" FROM "User" u WHERE u."organizationId" = ${organizationId})
    OR a."patientId" IN (SELECT p."id" FROM "Patient" p JOIN "User" u ON u."id" = p."userId" WHERE u."organizationId" = ${organizationId})
    OR (a."actorId" IS NULL AND a."resourceType" = 'user'
        AND a."resourceId" IN (SELECT u."id" FROM "User" u WHERE u."organizationId" = ${organizationId}))
  )`;
}
