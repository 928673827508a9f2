import { beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "../db/prisma";
import { makeWorld, staffActor, testRequest } from "../test/fixtures";
import { recordAuditLogStandalone } from "./record-audit-log";
import { ACCESS_REPORT_HEADER, exportPatientAccessReport } from "./export-patient-access-report";

type World = Awaited<ReturnType<typeof makeWorld>>;
let alice: Awaited<ReturnType<World["patient"]>>;
let lee: UserActor;
let sup: UserActor;

beforeAll(async () => {
  const w = await makeWorld();
  alice = await w.patient({ name: "Alice Export" });
  lee = staffActor(await w.provider());
  sup = staffActor(await w.staff({ role: "supervisor" }));
  await db.user.update({ where: { id: lee.userId }, data: { name: "Dr. Lee, \"Jordan\"" } });
  await recordAuditLogStandalone({ actor: lee, action: "READ", resourceType: "consultation", resourceId: "c-1", patientId: alice.patient.id, outcome: "allowed" });
  await recordAuditLogStandalone({
    actor: lee, action: "BREAK_GLASS", resourceType: "consultation", resourceId: "c-2", patientId: alice.patient.id, outcome: "allowed",
    request: { ...testRequest("bg"), emergencyAccess: true, justification: "=HYPERLINK(\"http://x\"), patient unresponsive" },
  });
  // 600 more rows: more than one batch, so the keyset paging of the stream is exercised.
  const many = Array.from({ length: 600 }, (_, i) => ({ actor: lee, action: "READ" as const, resourceType: "consultation_history", resourceId: `h-${i}`, patientId: alice.patient.id, outcome: "allowed" as const }));
  const { recordAuditLogs } = await import("./record-audit-log");
  await db.$transaction((tx) => recordAuditLogs(tx, many));
});

/** The stream as text, keeping the byte-order mark (Response.text() would drop it). */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

/** RFC 4180 parser just strict enough for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += ch;
  }
  return rows;
}

describe("exportPatientAccessReport", () => {
  it("streams a CSV of every access, oldest first, with names, roles and the emergency flag", async () => {
    const { filename, stream } = await exportPatientAccessReport(sup, { patientId: alice.patient.id }, testRequest("export"));
    expect(filename).toMatch(/^access-report-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(filename).not.toContain("Alice");
    const text = await readAll(stream);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([...ACCESS_REPORT_HEADER]);
    expect(rows.length).toBe(603); // read + break-glass + 600 + this export's own EXPORT entry
    expect(rows[0]).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), 'Dr. Lee, "Jordan"', "provider", "READ", "consultation", "c-1", "allowed", "", "no", ""]);
    const bg = rows[1]!;
    expect(bg[3]).toBe("BREAK_GLASS");
    expect(bg[7]).toBe("'=HYPERLINK(\"http://x\"), patient unresponsive");
    expect(bg[8]).toBe("yes");
    expect(rows.at(-1)![3]).toBe("EXPORT");
    const times = rows.map((r) => r[0]!);
    expect([...times].sort()).toEqual(times);
  });

  it("is audited as EXPORT about the patient", async () => {
    const row = await db.auditLog.findFirstOrThrow({ where: { actorId: sup.userId, action: "EXPORT" }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ patientId: alice.patient.id, outcome: "allowed", resourceType: "access_report" });
  });

  it("refuses providers (403) and patients of another organisation (404), and audits both", async () => {
    await expect(exportPatientAccessReport(lee, { patientId: alice.patient.id }, testRequest())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await (await makeWorld()).patient();
    await expect(exportPatientAccessReport(sup, { patientId: other.patient.id }, testRequest())).rejects.toMatchObject({ code: "NOT_FOUND" });
    const denied = await db.auditLog.count({ where: { action: "EXPORT", outcome: "denied", actorId: { in: [lee.userId, sup.userId] } } });
    expect(denied).toBe(2);
  });

  it("honours the date range", async () => {
    const { stream } = await exportPatientAccessReport(sup, { patientId: alice.patient.id, to: "2020-01-01" }, testRequest());
    expect(parseCsv((await readAll(stream)).slice(1))).toHaveLength(1);
  });
});
