import { test, expect, request as pwRequest, type APIRequestContext } from "@playwright/test";
import { apiAs, intakeBody } from "./api";

/**
 * Authorization matrix: every REST v1 route as each role, plus a patient and a
 * provider unrelated to the consultation, plus anonymous. Each cell asserts the
 * exact status; denials must have the error shape and leak no data.
 */
type Who = "owner" | "otherPatient" | "assignedProvider" | "otherProvider" | "supervisor" | "pharmacist" | "admin" | "anonymous";
const ACCOUNTS: Record<Exclude<Who, "anonymous">, string> = {
  owner: "bob@demo.test",
  otherPatient: "alice@demo.test",
  assignedProvider: "dr.lee@demo.test",
  otherProvider: "dr.patel@demo.test",
  supervisor: "sup.jones@demo.test",
  pharmacist: "pharm.kim@demo.test",
  admin: "admin@demo.test",
};

let clients: Record<Who, APIRequestContext>;
let consultationId: string;
let complaint: string;

test.beforeAll(async ({ baseURL }) => {
  clients = { anonymous: await pwRequest.newContext({ baseURL }) } as Record<Who, APIRequestContext>;
  for (const [who, email] of Object.entries(ACCOUNTS)) clients[who as Who] = await apiAs(baseURL!, email);
  // Bob's consultation that dr.lee is reviewing (seeded).
  const list = await (await clients.supervisor.get("/api/v1/consultations?status=in_review&limit=100")).json();
  const c = list.items.find((i: { patient: { name: string } }) => i.patient.name === "Bob Nguyen");
  consultationId = c.id;
  complaint = c.chiefComplaint;
});

interface Row {
  name: string;
  call: (c: APIRequestContext) => Promise<import("@playwright/test").APIResponse>;
  expect: Record<Who, number>;
}

const rows: Row[] = [
  {
    name: "GET /api/v1/consultations",
    call: (c) => c.get("/api/v1/consultations?limit=5"),
    expect: { owner: 200, otherPatient: 200, assignedProvider: 200, otherProvider: 200, supervisor: 200, pharmacist: 200, admin: 403, anonymous: 401 },
  },
  {
    name: "POST /api/v1/consultations",
    call: (c) => c.post("/api/v1/consultations", { data: intakeBody() }),
    expect: { owner: 201, otherPatient: 201, assignedProvider: 403, otherProvider: 403, supervisor: 403, pharmacist: 403, admin: 403, anonymous: 401 },
  },
  {
    name: "GET /api/v1/consultations/:id",
    call: (c) => c.get(`/api/v1/consultations/${consultationId}`),
    expect: { owner: 200, otherPatient: 403, assignedProvider: 200, otherProvider: 403, supervisor: 200, pharmacist: 403, admin: 403, anonymous: 401 },
  },
  {
    name: "GET /api/v1/consultations/:id/history",
    call: (c) => c.get(`/api/v1/consultations/${consultationId}/history`),
    expect: { owner: 200, otherPatient: 403, assignedProvider: 200, otherProvider: 403, supervisor: 200, pharmacist: 403, admin: 403, anonymous: 401 },
  },
  {
    // An illegal target: those with access get 409 (nothing changes), the rest 403.
    name: "POST /api/v1/consultations/:id/transitions",
    call: (c) => c.post(`/api/v1/consultations/${consultationId}/transitions`, { data: { to: "pending" } }),
    expect: { owner: 409, otherPatient: 403, assignedProvider: 409, otherProvider: 403, supervisor: 409, pharmacist: 403, admin: 403, anonymous: 401 },
  },
  {
    name: "POST /api/v1/triage",
    call: (c) => c.post("/api/v1/triage", { data: { symptoms: ["sore throat"], age: 30 } }),
    expect: { owner: 200, otherPatient: 200, assignedProvider: 200, otherProvider: 200, supervisor: 200, pharmacist: 200, admin: 200, anonymous: 401 },
  },
  {
    name: "POST /api/v1/medication-safety/check",
    call: (c) => c.post("/api/v1/medication-safety/check", { data: { proposed: ["ibuprofen"], current: ["warfarin"], allergies: [], patient: { age: 60 } } }),
    expect: { owner: 403, otherPatient: 403, assignedProvider: 200, otherProvider: 200, supervisor: 403, pharmacist: 200, admin: 403, anonymous: 401 },
  },
  {
    name: "POST /api/v1/auth/mfa/verify (wrong code)",
    call: (c) => c.post("/api/v1/auth/mfa/verify", { data: { code: "000000" } }),
    expect: { owner: 403, otherPatient: 403, assignedProvider: 400, otherProvider: 400, supervisor: 400, pharmacist: 400, admin: 400, anonymous: 401 },
  },
  {
    name: "GET /api/v1/openapi.json",
    call: (c) => c.get("/api/v1/openapi.json"),
    expect: { owner: 200, otherPatient: 200, assignedProvider: 200, otherProvider: 200, supervisor: 200, pharmacist: 200, admin: 200, anonymous: 200 },
  },
];

for (const row of rows) {
  test(`authorization matrix: ${row.name}`, async () => {
    for (const who of Object.keys(row.expect) as Who[]) {
      const res = await row.call(clients[who]);
      expect(res.status(), `${row.name} as ${who}`).toBe(row.expect[who]);
      if (res.status() === 401 || res.status() === 403) {
        const body = await res.json();
        expect(Object.keys(body), `${row.name} as ${who}: error shape`).toEqual(["error"]);
        expect(typeof body.error.code).toBe("string");
        const text = JSON.stringify(body);
        expect(text, `${row.name} as ${who}: leaks nothing`).not.toContain(complaint);
        expect(text).not.toContain("Bob Nguyen");
      }
    }
  });
}

test("pages refuse the wrong role", async ({ browser, baseURL }) => {
  const pages: [Who, string, RegExp][] = [
    ["owner", "/queue", /do not have access/],
    ["owner", "/admin/users", /do not have access/],
    ["assignedProvider", "/admin/users", /do not have access/],
    ["assignedProvider", "/consultations", /do not have access/],
    ["admin", "/queue", /do not have access/],
    ["admin", "/admin/users", /Accounts/],
    ["supervisor", "/queue", /Queue/],
  ];
  for (const [who, path, text] of pages) {
    const ctx = await browser.newContext({ baseURL, storageState: await clients[who].storageState() });
    const page = await ctx.newPage();
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), `${who} on ${path}`).toHaveText(text);
    await ctx.close();
  }
});
