/**
 * Serialises work on one prescription across workers: a transaction-scoped advisory lock held
 * while `fn` runs (including the gateway call). A second concurrent run gets "busy" and leaves
 * the prescription to the holder. If the holder's process dies, PostgreSQL drops its
 * connection and the lock with it; nothing else has to be cleaned up.
 *
 * `fn` writes through `db` (its own connections), not through the lock's transaction, so each
 * step (claim, result) commits on its own and a crash leaves a visible "sending" row.
 */
import { db } from "../db/prisma";

/** Namespace of the two-key advisory lock (the second key is hashtext(prescription id)). */
const LOCK_NAMESPACE = 734_201_960;

export async function withPrescriptionLock<T>(prescriptionId: string, timeoutMs: number, fn: () => Promise<T>): Promise<T | "busy"> {
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${prescriptionId})) AS locked`;
      if (!row?.locked) return "busy" as const;
      return fn();
    },
    { timeout: timeoutMs, maxWait: 10_000 },
  );
}
