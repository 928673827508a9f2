/**
 * The audit trail's guarantees: append-only at the database, a valid chain
 * under concurrent writers, and a verifier that detects an edited or deleted
 * row. Tampering needs the trigger disabled (as the superuser the tests run
 * as); every tamper is undone exactly — same id, same values — and the
 * trigger re-enabled in `finally`, so later test files still see an intact chain.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/prisma";
import { makeWorld, staffActor, testRequest } from "../test/fixtures";
import { recordAuditLogStandalone, type AuditEntry } from "./record-audit-log";
import { verifyAuditChain } from "./verify-audit-chain";

let entry: (label: string) => AuditEntry;

beforeAll(async () => {
  const w = await makeWorld();
  const sup = staffActor(await w.staff({ role: "supervisor" }));
  entry = (label) => ({ actor: sup, action: "READ", resourceType: "chain_test", resourceId: label, outcome: "allowed", request: testRequest("chain") });
});

async function lastIds(n: number): Promise<bigint[]> {
  const rows = await db.auditLog.findMany({ orderBy: { id: "desc" }, take: n, select: { id: true } });
  return rows.map((r) => r.id).reverse();
}

/** Runs `tamper` with the append-only trigger off, then always undoes it and turns the trigger back on. */
async function withTriggerDisabled(tamper: () => Promise<void>, restore: () => Promise<void>) {
  await db.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER audit_log_no_update`);
  try {
    await tamper();
  } finally {
    try {
      await restore();
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER audit_log_no_update`);
    }
  }
}

describe("the AuditLog table is append-only", () => {
  it("refuses UPDATE", async () => {
    await recordAuditLogStandalone(entry("update-me"));
    const [id] = await lastIds(1);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'DELETE' WHERE "id" = ${id}`)).rejects.toThrow(/append-only/);
  });

  it("refuses DELETE", async () => {
    const [id] = await lastIds(1);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE "id" = ${id}`)).rejects.toThrow(/append-only/);
  });

  it("refuses TRUNCATE", async () => {
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
  });
});

describe("the hash chain", () => {
  it("stays valid with 20 concurrent writers", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordAuditLogStandalone(entry(`parallel-${i}`))));
    const rows = await db.auditLog.findMany({ orderBy: { id: "desc" }, take: 21 });
    rows.reverse();
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    const labels = rows.slice(1).map((r) => r.resourceId).sort();
    expect(labels).toEqual(Array.from({ length: 20 }, (_, i) => `parallel-${i}`).sort());
    expect(await verifyAuditChain()).toMatchObject({ intact: true });
  });

  it("detects a modified row, and is intact again once it is restored", async () => {
    for (const l of ["m1", "m2", "m3"]) await recordAuditLogStandalone(entry(l));
    const [, middle] = await lastIds(3);
    const original = await db.auditLog.findUniqueOrThrow({ where: { id: middle } });
    await withTriggerDisabled(
      async () => {
        await db.$executeRawUnsafe(`UPDATE "AuditLog" SET "outcome" = 'denied' WHERE "id" = ${middle}`);
        const result = await verifyAuditChain();
        expect(result).toMatchObject({ intact: false, firstBrokenId: middle!.toString() });
      },
      async () => {
        await db.$executeRawUnsafe(`UPDATE "AuditLog" SET "outcome" = '${original.outcome}' WHERE "id" = ${middle}`);
      },
    );
    expect(await verifyAuditChain()).toMatchObject({ intact: true });
  });

  it("detects a deleted row (the next row no longer links), and is intact once it is re-inserted", async () => {
    for (const l of ["d1", "d2", "d3"]) await recordAuditLogStandalone(entry(l));
    const [, middle, after] = await lastIds(3);
    // The whole row as JSON, to put it back byte-for-byte with the same id.
    const [{ row }] = await db.$queryRawUnsafe<{ row: unknown }[]>(`SELECT to_jsonb(a) AS row FROM "AuditLog" a WHERE "id" = ${middle}`);
    const checkedBefore = (await verifyAuditChain()).checked;
    await withTriggerDisabled(
      async () => {
        await db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE "id" = ${middle}`);
        const result = await verifyAuditChain();
        expect(result).toMatchObject({ intact: false, firstBrokenId: after!.toString() });
      },
      async () => {
        const back = await db.$queryRawUnsafe<{ id: bigint }[]>(`SELECT "id" FROM "AuditLog" WHERE "id" = ${middle}`);
        if (back.length === 0) {
          await db.$executeRawUnsafe(`INSERT INTO "AuditLog" SELECT * FROM jsonb_populate_record(NULL::"AuditLog", $1::jsonb)`, JSON.stringify(row));
        }
      },
    );
    const restored = await verifyAuditChain();
    expect(restored.intact).toBe(true);
    expect(restored.checked).toBeGreaterThanOrEqual(checkedBefore);
  });
});

afterAll(async () => {
  // Belt and braces for the files that run after this one.
  expect(await verifyAuditChain()).toMatchObject({ intact: true });
});
