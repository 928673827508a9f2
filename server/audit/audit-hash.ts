/**
 * Canonical form and hash of an audit row. The hash covers every stored field
 * plus the previous row's hash, so any edit, insertion or deletion breaks the
 * chain from that row on.
 */
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface HashableAuditRow {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  patientId: string | null;
  outcome: string;
  ipAddress: string | null;
  userAgent: string | null;
  sessionId: string | null;
  requestId: string | null;
  justification: string | null;
  emergencyAccess: boolean;
  diff: unknown;
  metadata: unknown;
  createdAt: Date;
}

/** JSON with sorted keys, so the same row always serialises the same way. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function auditRowHash(row: HashableAuditRow, prevHash: string): string {
  const canonical = canonicalJson({
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    patientId: row.patientId,
    outcome: row.outcome,
    ipAddress: row.ipAddress,
    userAgent: row.userAgent,
    sessionId: row.sessionId,
    requestId: row.requestId,
    justification: row.justification,
    emergencyAccess: row.emergencyAccess,
    diff: row.diff ?? null,
    metadata: row.metadata ?? null,
    createdAt: row.createdAt,
  });
  return createHash("sha256").update(prevHash).update("\n").update(canonical).digest("hex");
}
