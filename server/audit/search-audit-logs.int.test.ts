import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { db } from "../db/prisma";
import { makeWorld, patientActor, staffActor, testRequest } from "../test/fixtures";
import { getConsultation } from "../consultations/get-consultation";
import { findConsultations } from "../consultations/find-consultations";
import { recordAuditLogStandalone } from "./record-audit-log";
import { searchAuditLogs } from "./search-audit-logs";

// The REST door resolves the actor from the session cookie; here it is whoever the test says.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/server/auth/get-actor", () => ({ getActor: async () => ({ actor: session.actor, problem: "none" }) }));
const { GET } = await import("@/app/api/v1/audit/route");

async function get(actor: UserActor | null, query: string) {
  session.actor = actor;
  const res = await GET(new NextRequest(`http://localhost/api/v1/audit?${query}`), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let alice: Awaited<ReturnType<World["patient"]>>;
let bob: Awaited<ReturnType<World["patient"]>>;
let lee: UserActor;
let garcia: UserActor;
let sup: UserActor;
let admin: UserActor;
let aliceConsultationId: string;

const search = (actor: UserActor, q: Record<string, unknown> = {}) => searchAuditLogs(actor, { limit: 50, ...q }, testRequest("search"));

beforeAll(async () => {
  w = await makeWorld();
  alice = await w.patient({ name: "Alice Audit" });
  bob = await w.patient({ name: "Bob Audit" });
  const leeStaff = await w.provider();
  lee = staffActor(leeStaff);
  garcia = staffActor(await w.provider({ specialties: ["dermatology"] }));
  sup = staffActor(await w.staff({ role: "supervisor", name: "Sam Supervisor" }));
  admin = staffActor(await w.staff({ role: "admin" }));
  const mine = await w.consultation({ patient: alice.patient, patientUserId: alice.user.id, status: "assigned", providerId: leeStaff.provider!.id, intake: { chiefComplaint: "Sore throat" } });
  aliceConsultationId = mine.id;
  await w.consultation({ patient: bob.patient, patientUserId: bob.user.id, status: "triaged", intake: { chiefComplaint: "Ear ache" } });
  const bobsAssigned = await w.consultation({ patient: bob.patient, patientUserId: bob.user.id, status: "in_review", providerId: leeStaff.provider!.id, intake: { chiefComplaint: "Cough" } });
  await getConsultation(lee, mine.id, testRequest("read"));
  await findConsultations(lee, { limit: 25 }, testRequest("list"));
  await expect(getConsultation(garcia, bobsAssigned.id, testRequest("snoop"))).rejects.toThrow(AppError);
  // Another clinic's trail must never show up.
  const other = await makeWorld();
  const stranger = await other.patient();
  await recordAuditLogStandalone({ actor: patientActor(stranger), action: "READ", resourceType: "consultation_list", patientId: stranger.patient.id, outcome: "allowed" });
});

describe("searchAuditLogs", () => {
  it("answers metadata entries with names, newest first, for a supervisor", async () => {
    const { items } = await search(sup, { patientId: alice.patient.id });
    expect(items.length).toBeGreaterThanOrEqual(2);
    const read = items.find((i) => i.action === "READ" && i.resourceType === "consultation")!;
    expect(read).toMatchObject({
      actorId: lee.userId, actorRole: "provider", actorName: "Test provider", resourceId: aliceConsultationId,
      patientId: alice.patient.id, patientName: "Alice Audit", outcome: "allowed", emergencyAccess: false,
    });
    expect(read).not.toHaveProperty("diff");
    expect(read).not.toHaveProperty("metadata");
    const ids = items.map((i) => BigInt(i.id));
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
  });

  it("filters by actor, action, resource and date", async () => {
    const byActor = await search(sup, { actorId: garcia.userId });
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(byActor.items.every((i) => i.actorId === garcia.userId)).toBe(true);
    expect(byActor.items.some((i) => i.outcome === "denied")).toBe(true);

    const lists = await search(sup, { action: "READ", actorId: lee.userId });
    expect(lists.items.every((i) => i.action === "READ")).toBe(true);

    // A resource id finds its own entries and the list views that showed it.
    const byResource = await search(sup, { resourceId: aliceConsultationId });
    expect(byResource.items.map((i) => i.resourceType).sort()).toEqual(expect.arrayContaining(["consultation", "consultation_list"]));

    // Days are read in the clinic's time zone: a two-day margin keeps the test independent of the hour it runs.
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect((await search(sup, { patientId: alice.patient.id, from: tomorrow })).items).toEqual([]);
    expect((await search(sup, { patientId: alice.patient.id, to: "2020-01-01" })).items).toEqual([]);
    const inRange = await search(sup, { patientId: alice.patient.id, from: new Date(Date.now() - 3_600_000).toISOString(), to: tomorrow });
    expect(inRange.items.length).toBeGreaterThan(0);
    expect((await search(sup, { patientId: alice.patient.id, from: twoDaysAgo, to: tomorrow })).items.length).toBeGreaterThan(0);
  });

  it("pages with a keyset cursor: no gaps, no repeats", async () => {
    for (let i = 0; i < 5; i++) {
      await recordAuditLogStandalone({ actor: lee, action: "READ", resourceType: "consultation_history", resourceId: `page-${i}`, patientId: bob.patient.id, outcome: "allowed" });
    }
    // READ only: each search adds a SEARCH entry about the patient, which would shift the pages under us.
    const filter = { patientId: bob.patient.id, action: "READ" as const };
    const all = (await search(sup, filter)).items.map((i) => i.id);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search(sup, { ...filter, limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("never shows another organisation's entries", async () => {
    const { items } = await search(sup, { limit: 100 });
    const ours = new Set([alice.patient.id, bob.patient.id, null]);
    expect(items.every((i) => ours.has(i.patientId))).toBe(true);
  });

  it("audits every search, including refused ones", async () => {
    await search(admin, { patientId: alice.patient.id });
    const row = await db.auditLog.findFirstOrThrow({ where: { actorId: admin.userId, action: "SEARCH" }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ patientId: alice.patient.id, outcome: "allowed", resourceType: "audit_log" });
    await expect(search(lee, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const denied = await db.auditLog.findFirstOrThrow({ where: { actorId: lee.userId, action: "SEARCH" }, orderBy: { id: "desc" } });
    expect(denied.outcome).toBe("denied");
  });
});

describe("GET /api/v1/audit", () => {
  it("answers {items, nextCursor} to supervisors and admins", async () => {
    for (const actor of [sup, admin]) {
      const res = await get(actor, `patientId=${alice.patient.id}&limit=1`);
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      expect(typeof res.body.nextCursor).toBe("string");
    }
  });

  it("refuses patients and providers with 403 and signed-out callers with 401", async () => {
    expect((await get(patientActor(alice), "")).status).toBe(403);
    expect((await get(lee, "")).status).toBe(403);
    expect((await get(null, "")).status).toBe(401);
  });

  it.each([
    ["from=yesterday", "from"],
    ["to=2026-02-30", "to"],
    ["patientId=not-a-uuid", "patientId"],
    ["actorId=123", "actorId"],
    ["action=STEAL", "action"],
    ["limit=1000", "limit"],
    ["color=blue", "_root"],
    ["cursor=bm90LWpzb24", "cursor"],
    ["cursor=eyJpIjoiYWJjIn0", "cursor"],
    ["from=2026-12-05&to=2026-12-04", "to"],
  ])("answers 400 VALIDATION_FAILED for %s", async (query, field) => {
    const res = await get(sup, query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(res.body.error.details.fieldErrors)).toContain(field);
  });

  it("treats empty form fields as no filter", async () => {
    const res = await get(sup, "patientId=&actorId=&action=&from=&to=&limit=5");
    expect(res.status).toBe(200);
  });
});
