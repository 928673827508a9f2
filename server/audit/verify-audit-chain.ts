/**
 * Walks the audit chain in id order and recomputes every hash. Reports the
 * first row whose stored hash or back-link does not match (an edit, a deleted
 * predecessor or an inserted row).
 */
import { db } from "../db/prisma";
import { auditRowHash, GENESIS_HASH } from "./audit-hash";

export interface AuditVerification {
  intact: boolean;
  checked: number;
  firstBrokenId?: string;
}

const BATCH = 2000;

export async function verifyAuditChain(): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let cursor: bigint | undefined;
  let checked = 0;
  for (;;) {
    const rows = await db.auditLog.findMany({
      where: cursor === undefined ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const r of rows) {
      const expected = auditRowHash({ ...r, outcome: r.outcome }, prevHash);
      if (r.prevHash !== prevHash || r.hash !== expected) {
        return { intact: false, checked, firstBrokenId: r.id.toString() };
      }
      prevHash = r.hash;
      checked++;
    }
    if (rows.length < BATCH) break;
    cursor = rows[rows.length - 1]!.id;
  }
  return { intact: true, checked };
}
