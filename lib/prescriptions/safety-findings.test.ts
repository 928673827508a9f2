import { describe, expect, it } from "vitest";
import { check } from "../medication-safety/test-helpers";
import { describeFindings, evaluateOverride, interruptiveFindingIds, uncheckedNotes } from "./safety-findings";

const REASON = "Benefits outweigh the risks; monitoring arranged.";

describe("safety findings for prescribing", () => {
  it("interrupts for a major interaction (warfarin + ibuprofen) and names drugs, effect and management", () => {
    const r = check({ proposed: [{ name: "ibuprofen", doseMg: 400, frequencyPerDay: 3 }], current: ["warfarin", "lisinopril"] });
    const f = describeFindings(r);
    const major = f.find((x) => x.id === "ddi:warfarin+ibuprofen")!;
    expect(major).toMatchObject({ interruptive: true, blocking: false, severity: "major", drugs: ["warfarin", "ibuprofen"] });
    expect(major.effect).toMatch(/bleeding/);
    expect(major.management.length).toBeGreaterThan(5);
    expect(f.find((x) => x.id === "ddi:lisinopril+ibuprofen")).toMatchObject({ interruptive: false });
    expect(interruptiveFindingIds(r)).toEqual(["ddi:warfarin+ibuprofen"]);
  });

  it("puts blocking findings first", () => {
    const r = check({ proposed: ["amoxicillin", "ibuprofen"], current: ["warfarin"], allergies: [{ substance: "penicillin", reaction: "hives", type: "allergy" }] });
    expect(describeFindings(r)[0]).toMatchObject({ id: "allergy:penicillin:amoxicillin", blocking: true, severity: "critical" });
  });

  it("requires each interruptive finding acknowledged and a 20-character rationale", () => {
    const r = check({ proposed: ["amoxicillin"], allergies: [{ substance: "penicillin", reaction: "anaphylaxis", type: "allergy" }] });
    expect(evaluateOverride(r)).toMatchObject({ required: true, satisfied: false, missingFindingIds: ["allergy:penicillin:amoxicillin"], rationaleMissing: true });
    expect(evaluateOverride(r, { rationale: "too short", acknowledgedFindingIds: ["allergy:penicillin:amoxicillin"] })).toMatchObject({ satisfied: false, rationaleMissing: true });
    expect(evaluateOverride(r, { rationale: REASON, acknowledgedFindingIds: [] })).toMatchObject({ satisfied: false, missingFindingIds: ["allergy:penicillin:amoxicillin"] });
    const ok = evaluateOverride(r, { rationale: REASON, acknowledgedFindingIds: ["allergy:penicillin:amoxicillin", "stale-id"] });
    expect(ok).toMatchObject({ satisfied: true, acknowledged: ["allergy:penicillin:amoxicillin"] });
  });

  it("needs only a rationale for an unknown drug (no finding to acknowledge)", () => {
    const r = check({ proposed: ["zorblaxin"] });
    expect(interruptiveFindingIds(r)).toEqual([]);
    expect(uncheckedNotes(r)[0]).toMatch(/zorblaxin/);
    expect(evaluateOverride(r)).toMatchObject({ required: true, satisfied: false, rationaleMissing: true });
    expect(evaluateOverride(r, { rationale: REASON, acknowledgedFindingIds: [] }).satisfied).toBe(true);
  });

  it("needs nothing for a clean result", () => {
    const r = check({ proposed: [{ name: "acetaminophen", doseMg: 500, frequencyPerDay: 4 }] });
    expect(evaluateOverride(r)).toMatchObject({ required: false, satisfied: true, missingFindingIds: [], rationaleMissing: false });
  });
});
