/**
 * Appends one row to the hash-chained audit trail, inside the caller's
 * transaction so the audit row commits (or rolls back) with the change.
 *
 * Chain consistency under concurrency: a transaction-scoped advisory lock
 * serialises appenders, so each reads the committed tail and links to it. The
 * lock is held until commit; write the audit row last in a transaction.
 */
import type { DbOrTx } from "../db/prisma";
import { db } from "../db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { actorId, actorRole } from "@/lib/auth/actor";
import type { RequestContext } from "../http/request-context";
import { auditRowHash, GENESIS_HASH, type HashableAuditRow } from "./audit-hash";

import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/audit-actions";

// The vocabulary lives in lib/ (pure) so schemas and pages share it; re-exported for existing callers.
export { AUDIT_ACTIONS, type AuditAction };

export interface AuditEntry {
  actor: Actor | null;
  action: AuditAction;
  resourceType: string;
  resourceId?: string | null;
  patientId?: string | null;
  outcome: "allowed" | "denied";
  request?: RequestContext;
  diff?: Record<string, unknown> | null;
  metadata?: Record<string, unknown> | null;
}

/** Advisory-lock key for the audit chain (any constant unique in this database). */
const AUDIT_CHAIN_LOCK = 734_201_944;

export async function recordAuditLog(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await recordAuditLogs(tx, [entry]);
}

/** Appends several rows under one lock acquisition (e.g. one READ row per patient in a list). */
export async function recordAuditLogs(tx: DbOrTx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const tail = await tx.$queryRaw<{ hash: string }[]>`SELECT "hash" FROM "AuditLog" ORDER BY "id" DESC LIMIT 1`;
  let prevHash = tail[0]?.hash ?? GENESIS_HASH;
  // Millisecond precision, as stored (timestamptz(3)), so the hash verifies after a round trip.
  const createdAt = new Date();
  const rows = entries.map((entry) => {
    const row = toRow(entry, createdAt);
    const hash = auditRowHash(row, prevHash);
    const data = { ...row, outcome: entry.outcome, diff: (row.diff ?? undefined) as never, metadata: (row.metadata ?? undefined) as never, prevHash, hash };
    prevHash = hash;
    return data;
  });
  // One insert at a time: ids must follow the chain order.
  for (const data of rows) await tx.auditLog.create({ data });
}

function toRow(entry: AuditEntry, createdAt: Date): HashableAuditRow {
  const req = entry.request;
  return {
    actorId: entry.actor ? actorId(entry.actor) : null,
    actorRole: entry.actor ? actorRole(entry.actor) : null,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    patientId: entry.patientId ?? null,
    outcome: entry.outcome,
    ipAddress: req?.ipAddress ?? null,
    userAgent: req?.userAgent?.slice(0, 500) ?? null,
    sessionId: req?.sessionId ?? null,
    requestId: req?.requestId ?? null,
    justification: req?.justification ?? null,
    emergencyAccess: req?.emergencyAccess ?? false,
    diff: entry.diff ?? null,
    metadata: entry.metadata ?? null,
    createdAt,
  };
}

/** Records an audit row in its own transaction (e.g. a denial whose request transaction rolled back). */
export async function recordAuditLogStandalone(entry: AuditEntry): Promise<void> {
  await db.$transaction((tx) => recordAuditLog(tx, entry));
}
