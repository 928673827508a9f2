import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/prisma";
import { makeWorld, patientActor, staffActor, testRequest } from "../test/fixtures";
import { exportMetricTable } from "./export-metric-table";
import { getClinicMetrics } from "./get-clinic-metrics";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

describe("metrics export", () => {
  it("exports the CPT suggestions as CSV (audited) and refuses non-supervisors", async () => {
    const sup = await w.staff({ role: "supervisor" });
    const doc = await w.provider();
    const p = await w.patient();
    const c = await w.consultation({ patient: p.patient, patientUserId: p.user.id, status: "completed", intake: { chiefComplaint: "Sore throat" }, providerId: doc.provider!.id, providerUserId: doc.user.id, stepMinutes: 12, feedback: { rating: 4 }, submittedAt: new Date(Date.now() - 2 * 3_600_000) });
    const { filename, csv } = await exportMetricTable(staffActor(sup), { table: "billing" }, testRequest());
    expect(filename).toMatch(/^metrics-billing-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.replace("\uFEFF", "").trim().split("\r\n");
    expect(lines[0]).toBe('"Reference","Completed","Provider","Credential","Active time (min)","Suggested CPT"');
    expect(lines.find((l) => l.includes(c.reference))).toContain('"12","99422"');
    expect(await db.auditLog.count({ where: { action: "EXPORT", resourceType: "metrics", resourceId: "billing", actorId: sup.user.id } })).toBe(1);
    await expect(exportMetricTable(patientActor(p), { table: "sla" }, testRequest())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("computes the satisfaction and completion metrics with SQL aggregates", async () => {
    const tables = await getClinicMetrics(w.org.id, {});
    const sat = tables.find((t) => t.key === "satisfaction")!;
    expect(sat.rows).toEqual([{ rating: 4, responses: 1 }]);
    const completion = tables.find((t) => t.key === "completion")!;
    expect(completion.rows[0]).toMatchObject({ submitted: 1, completed: 1, completion_rate: 100 });
  });
});
