/**
 * Proof that logs carry no PHI: objects shaped like real request contexts,
 * errors and job payloads, full of names, dates of birth, contact details,
 * symptoms, message bodies and tokens (top level, nested and in arrays), go
 * through the production logger into memory, and not one PHI string comes out.
 */
import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { createLogger, redact } from "./logger";

export const PHI = {
  name: "Alice Zebulon Morgan",
  firstName: "Zebulon",
  email: "alice.zebulon@example.test",
  phone: "+1 555 0100 4242",
  dob: "1987-03-14",
  address: "42 Wallaby Way, Sydney",
  ssn: "078-05-1120",
  mrn: "MRN-99887766",
  symptom: "crushing chest pain radiating to jaw",
  complaint: "Sore throat and a mild fever for two days",
  message: "I took 40 tablets of ibuprofen last night",
  note: "Suspected peritonsillar abscess",
  allergy: "penicillin anaphylaxis",
  medication: "warfarin 5 mg",
  token: "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXNlc3Npb24.sig",
  password: "DemoVisits!2026",
  totp: "492817",
  justification: "Patient Alice collapsed in the waiting room",
  ip: "203.0.113.77",
} as const;

function captured() {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } });
  return { stream, text: () => chunks.join("") };
}

function assertNoPhi(output: string) {
  for (const [kind, value] of Object.entries(PHI)) expect(output, `${kind} leaked`).not.toContain(value);
}

describe("createLogger: no PHI in the output", () => {
  const prev = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = "trace";
  const out = captured();
  const log = createLogger(out.stream);
  process.env.LOG_LEVEL = prev;

  it("redacts request contexts, bodies, errors and job payloads at every depth", () => {
    log.info({
      requestId: "req-1", actorId: "user-1", method: "POST", path: "/api/v1/consultations",
      headers: { authorization: `Bearer ${PHI.token}`, cookie: `authjs.session-token=${PHI.token}`, "x-forwarded-for": PHI.ip },
      ipAddress: PHI.ip,
      body: { chiefComplaint: PHI.complaint, symptoms: [PHI.symptom], allergies: [{ substance: PHI.allergy }], medications: [PHI.medication] },
    }, "request");
    log.warn({ patient: { name: PHI.name, firstName: PHI.firstName, email: PHI.email, phone: PHI.phone, dateOfBirth: PHI.dob, address: PHI.address, ssn: PHI.ssn, mrn: PHI.mrn } }, "patient context");
    log.info({ messages: [{ id: "m1", body: PHI.message }, { id: "m2", content: PHI.message }], review: { notes: PHI.note, assessment: PHI.note, plan: PHI.note } });
    log.info({ credentials: { email: PHI.email, password: PHI.password, totp: PHI.totp }, session: { token: PHI.token, accessToken: PHI.token, refreshToken: PHI.token } });
    log.info({ audit: { justification: PHI.justification, reason: PHI.justification } });
    log.info({ job: "notify", payload: { to: { email: PHI.email, phone: PHI.phone }, reply: PHI.message, patientReply: PHI.message } });
    log.info({ deep: { a: { b: { c: { d: { intake: { chiefComplaint: PHI.complaint } } } } } } });
    log.info({ list: [[{ vitals: { temperatureC: 39.4 }, name: PHI.name }]] });
    // Key spellings vary between libraries and teams: camelCase, snake_case, kebab-case, prefixed.
    log.info({ patientName: PHI.name, home_phone: PHI.phone, date_of_birth: PHI.dob, contactEmail: PHI.email, "x-real-ip": PHI.ip, fileName: `${PHI.firstName}-rash.jpg`, sessionToken: PHI.token });
    // Errors: driver and validation messages can embed values; only type, code and stack frames are kept.
    const dbError = Object.assign(new Error(`duplicate key value violates unique constraint: (email)=(${PHI.email})`), { code: "P2002" });
    log.error({ err: dbError, requestId: "req-2" }, "unhandled API error");
    log.error(new Error(`Invalid intake for ${PHI.name}: ${PHI.symptom}`));
    // Multi-line messages (Prisma's "Invalid invocation") print arguments: they must not survive via the stack either.
    log.error({ err: new Error(`Invalid \`db.user.findUnique()\` invocation:\n\n  where: {\n    email: "${PHI.email}"\n  }`) });
    log.error({ error: new TypeError(`cannot read ${PHI.dob}`), context: { err: new Error(PHI.message) } });
    const output = out.text();
    expect(output).toContain("req-1"); // ids still get through: the logs stay useful
    expect(output).toContain("P2002"); // driver error codes are kept (as errorCode)
    expect(output).toContain("[REDACTED]");
    assertNoPhi(output);
  });

  it("redact() is cycle-safe and leaves the input untouched", () => {
    const input: Record<string, unknown> = { name: PHI.name, nested: { email: PHI.email } };
    input.self = input;
    const result = JSON.stringify(redact(input));
    assertNoPhi(result);
    expect(result).toContain("[Circular]");
    expect(input.name).toBe(PHI.name);
  });
});
