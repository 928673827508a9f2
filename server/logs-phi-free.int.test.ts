/**
 * Integration-level proof that real requests full of PHI leave none in the
 * logs: the app's global logger is swapped for the same production logger
 * writing at trace level into memory, then real use-cases and the REST door
 * run with PHI-rich input — a submitted intake, a failing request that logs an
 * unhandled error, and an account lockout — and the captured output is grepped.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { UserActor } from "@/lib/auth/actor";
import { ZIntake } from "@/lib/schemas/intake";
import { makeWorld, patientActor, testRequest } from "./test/fixtures";

const logs = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock("@/server/logger", async (importOriginal) => {
  const real = await importOriginal<typeof import("./logger")>();
  const prev = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = "trace";
  const logger = real.createLogger({ write: (line: string) => void logs.lines.push(line) });
  process.env.LOG_LEVEL = prev;
  return { ...real, logger };
});
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/server/auth/get-actor", () => ({ getActor: async () => ({ actor: session.actor, problem: "none" }) }));

const { submitIntake } = await import("./intake/submit-intake");
const { verifyCredentials } = await import("./auth/verify-credentials");
const { POST } = await import("@/app/api/v1/consultations/route");

const PHI = {
  name: "Zebulon Quartermaine",
  email: "zebulon.quartermaine@example.test",
  complaint: "Crushing chest pain radiating to my left jaw since breakfast",
  symptom: "vomited blood twice",
  details: "My husband Archibald found me on the bathroom floor",
  medication: "Xarelto-nonexistent-brand",
  allergy: "bee venom anaphylaxis",
  password: "Wr0ng-Password-Zebulon!",
  userAgent: "Mozilla/5.0 (Zebulon's iPhone)",
  ip: "198.51.100.23",
  justification: "Zebulon collapsed in reception",
};

const phiIntake = (extra: Record<string, unknown> = {}) => ({
  consultationType: "family_medicine", chiefComplaint: PHI.complaint, symptoms: [PHI.symptom, "nausea"], details: PHI.details,
  onset: "today", severity: 8, vitals: { temperatureC: 37.2, heartRate: 104 },
  medications: [{ name: PHI.medication, dose: "20 mg" }], allergies: [{ substance: PHI.allergy, reaction: "throat swelling" }],
  preferredLanguage: "en", consent: { accepted: true, version: "2026-11-v1" }, ...extra,
});

const phiRequest = () => ({ ...testRequest("phi"), userAgent: PHI.userAgent, ipAddress: PHI.ip, justification: PHI.justification });

let zebulon: Awaited<ReturnType<Awaited<ReturnType<typeof makeWorld>>["patient"]>>;

beforeAll(async () => {
  const w = await makeWorld();
  zebulon = await w.patient({ name: PHI.name, email: PHI.email });
});

function captured(): string {
  return logs.lines.join("");
}

describe("no PHI reaches the logs", () => {
  it("through a submitted intake, a replayed key and the REST door's 500 path", async () => {
    const actor = patientActor(zebulon);
    await submitIntake(actor, ZIntake.parse(phiIntake()), phiRequest(), "phi-key-0001");
    await expect(submitIntake(actor, ZIntake.parse(phiIntake({ severity: 9 })), phiRequest(), "phi-key-0001")).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });

    session.actor = actor;
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      POST(new NextRequest("http://localhost/api/v1/consultations", {
        method: "POST", body: JSON.stringify(body),
        headers: { "content-type": "application/json", "user-agent": PHI.userAgent, "x-forwarded-for": PHI.ip, ...headers },
      }), { params: Promise.resolve({}) });
    expect((await post(phiIntake())).status).toBe(201);
    // A patient id that does not exist makes the use-case throw a driver error: the door logs it as a 500.
    session.actor = { ...actor, patientId: "00000000-0000-4000-8000-000000000000" };
    const failed = await post(phiIntake());
    expect(failed.status).toBe(500);
    expect(JSON.stringify(await failed.json())).not.toContain(PHI.complaint);

    const out = captured();
    expect(out).toContain("unhandled API error"); // the path really logged
    for (const [kind, value] of Object.entries(PHI)) expect(out, `${kind} leaked`).not.toContain(value);
  });

  it("through failed sign-ins that lock an account", async () => {
    for (let i = 0; i < 5; i++) await verifyCredentials({ email: PHI.email, password: PHI.password }, phiRequest());
    const out = captured();
    expect(out).toContain("account_locked");
    expect(out).toContain(zebulon.user.id); // ids are what logs carry
    for (const [kind, value] of Object.entries(PHI)) expect(out, `${kind} leaked`).not.toContain(value);
  });
});
