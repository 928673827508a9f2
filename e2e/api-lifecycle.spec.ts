import { test, expect } from "@playwright/test";
import { apiAs, intakeBody } from "./api";

test.describe("REST v1 lifecycle (black box)", () => {
  test("a consultation goes from intake to completed through the API as patient, provider and supervisor", async ({ baseURL }) => {
    const alice = await apiAs(baseURL!, "alice@demo.test");
    const lee = await apiAs(baseURL!, "dr.lee@demo.test");
    const garcia = await apiAs(baseURL!, "dr.garcia@demo.test");
    const sup = await apiAs(baseURL!, "sup.jones@demo.test");
    const key = `e2e-${Date.now()}`;

    const created = await alice.post("/api/v1/consultations", { data: intakeBody(), headers: { "Idempotency-Key": key } });
    expect(created.status()).toBe(201);
    const c = await created.json();
    expect(c).toMatchObject({ status: "triaged", consultationType: "family_medicine" });
    expect(c.reference).toMatch(/^AV-[0-9A-Z]{6}$/);

    const replay = await alice.post("/api/v1/consultations", { data: intakeBody(), headers: { "Idempotency-Key": key } });
    expect(replay.status()).toBe(201);
    expect((await replay.json()).id).toBe(c.id);
    const reused = await alice.post("/api/v1/consultations", { data: intakeBody({ severity: 9 }), headers: { "Idempotency-Key": key } });
    expect(reused.status()).toBe(409);
    expect((await reused.json()).error.code).toBe("IDEMPOTENCY_KEY_REUSED");

    const move = (who: typeof alice, body: object) => who.post(`/api/v1/consultations/${c.id}/transitions`, { data: body });

    expect((await move(lee, { to: "assigned" })).status()).toBe(200);
    const released = await move(sup, { to: "triaged", reason: "Rebalancing the queue" });
    expect(released.status()).toBe(200);
    expect((await released.json()).assignedProviderId).toBeNull();
    expect((await move(lee, { to: "assigned" })).status()).toBe(200);
    expect((await move(lee, { to: "in_review" })).status()).toBe(200);

    const invalid = await move(lee, { to: "prescription_sent" });
    expect(invalid.status()).toBe(409);
    expect((await invalid.json()).error).toMatchObject({
      code: "INVALID_TRANSITION",
      details: { from: "in_review", to: "prescription_sent", allowed: ["requires_info", "requires_peer_review", "prescription_pending", "completed", "escalated"] },
    });
    const noRationale = await move(lee, { to: "completed" });
    expect(noRationale.status()).toBe(422);
    expect((await noRationale.json()).error.code).toBe("GUARD_FAILED");
    const notAssigned = await move(garcia, { to: "completed", decisionRationale: "Viral pharyngitis" });
    expect(notAssigned.status()).toBe(403);
    expect(await notAssigned.json()).toEqual({ error: { code: "FORBIDDEN", message: expect.any(String), details: {} } });

    const done = await move(lee, { to: "completed", decisionRationale: "Viral pharyngitis; supportive care and safety-net advice." });
    expect(done.status()).toBe(200);
    expect(await done.json()).toMatchObject({ status: "completed", clinicalDecisionRationale: expect.stringContaining("Viral") });

    const history = await (await sup.get(`/api/v1/consultations/${c.id}/history`)).json();
    expect(history.items.map((h: { toStatus: string }) => h.toStatus)).toEqual(["pending", "triaged", "assigned", "triaged", "assigned", "in_review", "completed"]);
    const patientHistory = await (await alice.get(`/api/v1/consultations/${c.id}/history`)).json();
    expect(patientHistory.items.every((h: { reason?: string }) => h.reason === undefined)).toBe(true);

    const asPatient = await (await alice.get(`/api/v1/consultations/${c.id}`)).json();
    expect(asPatient).not.toHaveProperty("triageResult");
    expect(asPatient).not.toHaveProperty("clinicalDecisionRationale");
    const asSupervisor = await (await sup.get(`/api/v1/consultations/${c.id}`)).json();
    expect(asSupervisor).toHaveProperty("triageResult");
    expect(asSupervisor.patient).toMatchObject({ name: "Alice Morgan" });
  });

  test("client mistakes get typed 4xx errors, never a 500", async ({ baseURL }) => {
    const alice = await apiAs(baseURL!, "alice@demo.test");
    const bob = await apiAs(baseURL!, "bob@demo.test");
    const anon = await (await import("@playwright/test")).request.newContext({ baseURL });

    const malformed = await alice.post("/api/v1/consultations", { data: "{not json", headers: { "content-type": "application/json" } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe("VALIDATION_FAILED");

    const unknownField = await alice.post("/api/v1/consultations", { data: intakeBody({ hackerField: 1 }) });
    expect(unknownField.status()).toBe(400);
    expect((await unknownField.json()).error.details.fieldErrors).toBeDefined();

    const wrongType = await alice.post("/api/v1/consultations", { data: intakeBody({ severity: "very" }) });
    expect(wrongType.status()).toBe(400);
    expect((await wrongType.json()).error.details.fieldErrors).toHaveProperty("severity");

    const notJson = await alice.post("/api/v1/consultations", { data: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(notJson.status()).toBe(415);

    const huge = await alice.post("/api/v1/consultations", { data: intakeBody({ details: "x".repeat(400_000) }) });
    expect(huge.status()).toBe(413);

    const created = await (await alice.post("/api/v1/consultations", { data: intakeBody() })).json();
    const foreign = await bob.get(`/api/v1/consultations/${created.id}`);
    expect(foreign.status()).toBe(403);
    const foreignBody = await foreign.json();
    expect(foreignBody.error.code).toBe("FORBIDDEN");
    expect(JSON.stringify(foreignBody)).not.toContain("Sore throat");

    expect((await alice.get("/api/v1/consultations/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
    expect((await alice.get("/api/v1/consultations/not-a-uuid")).status()).toBe(404);
    expect((await alice.get("/api/v1/consultations?limit=1000")).status()).toBe(400);
    expect((await alice.get("/api/v1/consultations?cursor=%%%")).status()).toBe(400);
    expect((await anon.get("/api/v1/consultations")).status()).toBe(401);

    const staffCreate = await (await apiAs(baseURL!, "dr.lee@demo.test")).post("/api/v1/consultations", { data: intakeBody() });
    expect(staffCreate.status()).toBe(403);
  });

  test("list pagination walks every page once", async ({ baseURL }) => {
    const sup = await apiAs(baseURL!, "sup.jones@demo.test");
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: import("@playwright/test").APIResponse = await sup.get(`/api/v1/consultations?limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status()).toBe(200);
      const page: { items: { id: string }[]; nextCursor: string | null } = await res.json();
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(pages).toBeGreaterThan(3);
    expect(seen.size).toBeGreaterThanOrEqual(36);
  });
});
