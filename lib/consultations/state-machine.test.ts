import { describe, it, expect } from "vitest";
import { systemActor, type Actor, type Role } from "../auth/actor";
import { CONSULTATION_STATUSES, type ConsultationStatus } from "./statuses";
import {
  TRANSITIONS,
  evaluateTransition,
  targetsFor,
  type Guard,
  type Trigger,
  type TransitionFacts,
} from "./state-machine";

type Status = ConsultationStatus;
type Row = { who: Trigger[]; guards: Guard[] };

// The product requirement, written out by hand (never derived from the module).
// Deliberately stricter than the literal requirement table, and expected here:
// - pending → escalated also needs consent + triage result (it is the *critical triage* outcome);
// - peer reviewer → prescription_pending / completed keep the medication-safety and
//   completion guards (rationale, supervisor approval) so the peer path cannot bypass them.
const R: Guard[] = ["reason"];
const EXPECTED: Record<Status, Partial<Record<Status, Row>>> = {
  pending: {
    triaged: { who: ["system"], guards: ["consent_recorded", "triage_result"] },
    escalated: { who: ["system"], guards: ["consent_recorded", "triage_result", "reason"] },
    cancelled: { who: ["patient_owner", "supervisor"], guards: R },
  },
  triaged: {
    assigned: { who: ["provider_self", "supervisor"], guards: ["provider_id"] },
    escalated: { who: ["supervisor", "system"], guards: R },
    cancelled: { who: ["patient_owner", "supervisor"], guards: R },
  },
  assigned: {
    in_review: { who: ["assigned_provider"], guards: [] },
    triaged: { who: ["assigned_provider", "supervisor"], guards: R },
    escalated: { who: ["supervisor", "assigned_provider", "system"], guards: R },
    cancelled: { who: ["patient_owner", "supervisor"], guards: R },
  },
  in_review: {
    requires_info: { who: ["assigned_provider"], guards: ["patient_message"] },
    requires_peer_review: { who: ["assigned_provider", "system"], guards: R },
    prescription_pending: { who: ["assigned_provider"], guards: ["medication_safety"] },
    completed: { who: ["assigned_provider"], guards: ["decision_rationale", "supervisor_approval"] },
    escalated: { who: ["supervisor", "assigned_provider", "system"], guards: R },
  },
  requires_info: {
    in_review: { who: ["system"], guards: ["patient_reply"] },
    cancelled: { who: ["patient_owner", "supervisor", "system"], guards: R },
  },
  requires_peer_review: {
    in_review: { who: ["peer_reviewer"], guards: ["review_outcome"] },
    prescription_pending: { who: ["peer_reviewer"], guards: ["review_outcome", "medication_safety"] },
    completed: { who: ["peer_reviewer"], guards: ["review_outcome", "decision_rationale", "supervisor_approval"] },
  },
  prescription_pending: {
    prescription_sent: { who: ["system"], guards: ["pharmacy_order_id"] },
    in_review: { who: ["assigned_provider", "system"], guards: R },
  },
  prescription_sent: {
    completed: { who: ["assigned_provider"], guards: ["decision_rationale", "supervisor_approval"] },
  },
  completed: {},
  cancelled: {},
  escalated: {
    assigned: { who: ["supervisor"], guards: ["provider_id"] },
    completed: { who: ["supervisor"], guards: ["decision_rationale"] },
    cancelled: { who: ["supervisor"], guards: R },
  },
};

const EDGES = (Object.entries(EXPECTED) as [Status, Partial<Record<Status, Row>>][]).flatMap(([from, tos]) =>
  (Object.entries(tos) as [Status, Row][]).map(([to, row]) => ({ from, to, ...row })),
);
const sorted = <T extends string>(xs: readonly T[]) => [...xs].sort();

type Ctx = TransitionFacts["context"];
type Overrides = Partial<Omit<TransitionFacts, "context">> & { context?: Partial<Ctx> };

/** Facts with every guard satisfied; later overrides win, `context` is merged. */
function facts(...overrides: Overrides[]): TransitionFacts {
  const base: TransitionFacts = {
    from: "in_review",
    to: "completed",
    actor: systemActor("test"),
    isPatientOwner: false,
    isAssignedProvider: false,
    isPeerReviewer: false,
    sameOrganization: true,
    consentRecorded: true,
    supervisorApprovalRequired: false,
    supervisorApproved: false,
    context: {
      reason: "Patient asked to stop",
      providerId: "prov-target",
      message: "Please upload a photo",
      patientReply: "Photo attached",
      triageResult: { urgency: "routine" },
      reviewOutcome: { outcome: "approve", score: 4, comment: "Plan is sound" },
      medicationSafety: { checked: true, blocked: false },
      pharmacyOrderId: "ORD-123",
      decisionRationale: "Uncomplicated case, guideline care",
    },
  };
  return overrides.reduce<TransitionFacts>(
    (f, o) => ({ ...f, ...o, context: { ...f.context, ...o.context } }),
    base,
  );
}

const user = (role: Role, extra: Partial<Actor> = {}): Actor =>
  ({ kind: "user", userId: `u-${role}`, role, organizationId: "org-1", ...extra }) as Actor;
const provider = (providerId: string) => user("provider", { userId: `u-${providerId}`, providerId });

type Profile = { name: string; actor: Actor; flags: Overrides; fills: Trigger[] };
const P = {
  system: { name: "system", actor: systemActor("sla-monitor"), flags: {}, fills: ["system"] },
  owner: { name: "patient owner", actor: user("patient", { patientId: "pat-1" }), flags: { isPatientOwner: true }, fills: ["patient_owner"] },
  nonOwner: { name: "patient non-owner", actor: user("patient", { patientId: "pat-2" }), flags: {}, fills: [] },
  supervisor: { name: "supervisor same org", actor: user("supervisor"), flags: {}, fills: ["supervisor"] },
  foreignSupervisor: { name: "supervisor other org", actor: user("supervisor", { organizationId: "org-2" }), flags: { sameOrganization: false }, fills: [] },
  assigned: { name: "assigned provider", actor: provider("prov-a"), flags: { isAssignedProvider: true }, fills: ["assigned_provider", "provider_self"] },
  unassigned: { name: "unassigned provider", actor: provider("prov-u"), flags: {}, fills: ["provider_self"] },
  peer: { name: "peer reviewer", actor: provider("prov-p"), flags: { isPeerReviewer: true }, fills: ["peer_reviewer", "provider_self"] },
  pharmacist: { name: "pharmacist", actor: user("pharmacist"), flags: {}, fills: [] },
  admin: { name: "admin", actor: user("admin"), flags: {}, fills: [] },
} satisfies Record<string, Profile>;
const PROFILES: Profile[] = Object.values(P) as Profile[];
const FOR_TRIGGER: Record<Trigger, Profile> = {
  system: P.system as Profile, patient_owner: P.owner as Profile, supervisor: P.supervisor as Profile,
  assigned_provider: P.assigned as Profile, provider_self: P.unassigned as Profile, peer_reviewer: P.peer as Profile,
};

/** Facts for this actor; a provider names themselves as providerId (self-assignment). */
const as = (p: Profile, from: Status, to: Status, ...o: Overrides[]) =>
  facts({ from, to, actor: p.actor, context: p.actor.kind === "user" && p.actor.providerId ? { providerId: p.actor.providerId } : {} }, p.flags, ...o);

describe("transition table", () => {
  it("the module's table equals the required table exactly", () => {
    const norm = (t: Record<string, readonly { to: string; who: readonly Trigger[]; guards: readonly Guard[] }[]>) =>
      Object.fromEntries(Object.entries(t).map(([from, es]) => [from, Object.fromEntries(es.map((e) => [e.to, { who: sorted(e.who), guards: sorted(e.guards) }]))]));
    const expected = Object.fromEntries(Object.entries(EXPECTED).map(([from, tos]) => [from, Object.fromEntries(Object.entries(tos).map(([to, r]) => [to, { who: sorted(r!.who), guards: sorted(r!.guards) }]))]));
    expect(norm(TRANSITIONS)).toEqual(expected);
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...CONSULTATION_STATUSES].sort());
    expect(EDGES).toHaveLength(26);
  });

  const pairs = CONSULTATION_STATUSES.flatMap((from) => CONSULTATION_STATUSES.map((to) => [from, to] as const));
  it.each(pairs)("%s → %s", (from, to) => {
    const row = EXPECTED[from][to];
    const v = evaluateTransition(facts({ from, to }));
    if (row) {
      expect(v.ok || v.code !== "INVALID_TRANSITION").toBe(true);
      return;
    }
    const terminal = from === "completed" || from === "cancelled";
    expect(v).toEqual({
      ok: false,
      code: "INVALID_TRANSITION",
      allowed: Object.keys(EXPECTED[from]),
      message: terminal ? `A ${from} consultation cannot change status.` : `A consultation cannot move from ${from} to ${to}.`,
    });
  });
});

describe("who may trigger each legal move", () => {
  const cases = EDGES.flatMap((e) => PROFILES.map((p) => ({ ...e, p, name: p.name, allowed: e.who.some((t) => p.fills.includes(t)) })));
  it.each(cases)("$from → $to by $name: allowed=$allowed", ({ from, to, p, allowed }) => {
    const v = evaluateTransition(as(p, from, to));
    if (allowed) expect(v).toMatchObject({ ok: true, edge: { to } });
    else expect(v).toEqual({ ok: false, code: "FORBIDDEN", message: `You may not move this consultation from ${from} to ${to}.` });
  });
});

describe("guards", () => {
  const BREAK: Record<Guard, [string, Overrides][]> = {
    consent_recorded: [["consent not recorded", { consentRecorded: false }]],
    triage_result: [["missing", { context: { triageResult: undefined } }], ["null", { context: { triageResult: null } }]],
    reason: [
      ["missing", { context: { reason: undefined } }], ["empty", { context: { reason: "" } }],
      ["whitespace", { context: { reason: "    " } }], ["2 chars", { context: { reason: "ab" } }], ["2 chars padded", { context: { reason: "  ab  " } }],
    ],
    provider_id: [["missing", { context: { providerId: undefined } }], ["empty", { context: { providerId: "" } }]],
    patient_message: [["missing", { context: { message: undefined } }], ["whitespace", { context: { message: "   " } }], ["2 chars", { context: { message: "ok" } }]],
    patient_reply: [["missing", { context: { patientReply: undefined } }], ["empty", { context: { patientReply: "" } }], ["2 chars", { context: { patientReply: "no" } }]],
    review_outcome: [
      ["missing", { context: { reviewOutcome: undefined } }],
      ["score 0", { context: { reviewOutcome: { outcome: "approve", score: 0, comment: "Plan is sound" } } }],
      ["score 6", { context: { reviewOutcome: { outcome: "approve", score: 6, comment: "Plan is sound" } } }],
      ["score NaN", { context: { reviewOutcome: { outcome: "approve", score: NaN, comment: "Plan is sound" } } }],
      ["empty comment", { context: { reviewOutcome: { outcome: "approve", score: 3, comment: "" } } }],
      ["whitespace comment", { context: { reviewOutcome: { outcome: "approve", score: 3, comment: "   " } } }],
      ["blank outcome", { context: { reviewOutcome: { outcome: "  ", score: 3, comment: "Plan is sound" } } }],
    ],
    medication_safety: [
      ["missing", { context: { medicationSafety: undefined } }],
      ["not checked", { context: { medicationSafety: { checked: false, blocked: false } } }],
      ["blocked, no override", { context: { medicationSafety: { checked: true, blocked: true } } }],
      ["blocked, blank override", { context: { medicationSafety: { checked: true, blocked: true, overrideRationale: "  " } } }],
    ],
    pharmacy_order_id: [["missing", { context: { pharmacyOrderId: undefined } }], ["empty", { context: { pharmacyOrderId: "" } }]],
    decision_rationale: [["missing", { context: { decisionRationale: undefined } }], ["whitespace", { context: { decisionRationale: "  " } }], ["2 chars", { context: { decisionRationale: "ok" } }]],
    supervisor_approval: [["required, not approved", { supervisorApprovalRequired: true, supervisorApproved: false }]],
  };

  const cases = EDGES.flatMap((e) => e.who.flatMap((t) => e.guards.flatMap((g) => BREAK[g].map(([how, o]) => ({ ...e, who: t, g, how, o })))));
  it.each(cases)("$from → $to by $who: $g ($how) → GUARD_FAILED", ({ from, to, who, g, o }) => {
    const v = evaluateTransition(as(FOR_TRIGGER[who], from, to, o));
    expect(v).toMatchObject({ ok: false, code: "GUARD_FAILED", failed: [g] });
  });

  it.each(EDGES.filter((e) => e.guards.length > 0))("$from → $to with no data fails exactly its guards", ({ from, to, who, guards }) => {
    const none: Overrides = { consentRecorded: false, supervisorApprovalRequired: true, supervisorApproved: false, context: {} };
    const f = as(FOR_TRIGGER[who[0]], from, to, none);
    const v = evaluateTransition({ ...f, context: {} });
    expect(v.ok === false && v.code === "GUARD_FAILED" && sorted(v.failed)).toEqual(sorted(guards));
  });

  it("checks the actor before guards, so a forbidden caller learns nothing about the data", () => {
    const f = as(P.nonOwner, "in_review", "completed", { context: { decisionRationale: undefined } });
    expect(evaluateTransition(f)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  const PASS: [string, Status, Status, Profile, Overrides][] = [
    ["blocked medication overridden with rationale", "in_review", "prescription_pending", P.assigned, { context: { medicationSafety: { checked: true, blocked: true, overrideRationale: "Benefit outweighs interaction risk" } } }],
    ["supervisor approval required and present", "in_review", "completed", P.assigned, { supervisorApprovalRequired: true, supervisorApproved: true }],
    ["supervisor approval required and present (peer)", "requires_peer_review", "completed", P.peer, { supervisorApprovalRequired: true, supervisorApproved: true }],
    ["review score 1", "requires_peer_review", "in_review", P.peer, { context: { reviewOutcome: { outcome: "return", score: 1, comment: "Re-check dose" } } }],
    ["review score 5", "requires_peer_review", "in_review", P.peer, { context: { reviewOutcome: { outcome: "return", score: 5, comment: "Fine" } } }],
    ["reason of exactly 3 chars", "assigned", "triaged", P.assigned, { context: { reason: " abc " } }],
    ["cancel before consent (withdrawal needs no consent)", "pending", "cancelled", P.owner, { consentRecorded: false }],
  ];
  it.each(PASS)("allows: %s", (_, from, to, p, o) => {
    expect(evaluateTransition(as(p, from, to, o))).toMatchObject({ ok: true, edge: { to } });
  });
});

describe("special cases", () => {
  it.each([P.system, P.owner, P.supervisor, P.assigned, P.admin] as Profile[])("terminal states refuse every move for $name", (p) => {
    for (const from of ["completed", "cancelled"] as const)
      for (const to of CONSULTATION_STATUSES)
        expect(evaluateTransition(as(p, from, to))).toEqual({
          ok: false, code: "INVALID_TRANSITION", allowed: [], message: `A ${from} consultation cannot change status.`,
        });
  });

  it("a provider may not self-assign someone else", () => {
    const v = evaluateTransition(as(P.unassigned, "triaged", "assigned", { context: { providerId: "prov-someone-else" } }));
    expect(v).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a provider from another organisation may not self-assign", () => {
    const v = evaluateTransition(as(P.unassigned, "triaged", "assigned", { sameOrganization: false }));
    expect(v).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a supervisor may assign someone else", () => {
    const v = evaluateTransition(as(P.supervisor, "triaged", "assigned", { context: { providerId: "prov-someone-else" } }));
    expect(v).toMatchObject({ ok: true });
  });

  it.each(["in_review", "prescription_pending", "completed"] as const)("the assigned provider cannot peer-review their own case (→ %s)", (to) => {
    const v = evaluateTransition(as(P.peer, "requires_peer_review", to, { isAssignedProvider: true }));
    expect(v).toEqual({ ok: false, code: "FORBIDDEN", message: `You may not move this consultation from requires_peer_review to ${to}.` });
  });

  const TARGETS: [string, Status, Profile, Status[]][] = [
    ["assigned provider", "in_review", P.assigned as Profile, ["requires_info", "requires_peer_review", "prescription_pending", "completed", "escalated"]],
    ["system", "in_review", P.system, ["requires_peer_review", "escalated"]],
    ["supervisor", "in_review", P.supervisor, ["escalated"]],
    ["patient owner", "pending", P.owner, ["cancelled"]],
    ["patient non-owner", "pending", P.nonOwner, []],
    ["unassigned provider", "triaged", P.unassigned, ["assigned"]],
    ["supervisor", "escalated", P.supervisor, ["assigned", "completed", "cancelled"]],
    ["supervisor other org", "escalated", P.foreignSupervisor, []],
    ["peer reviewer", "requires_peer_review", P.peer, ["in_review", "prescription_pending", "completed"]],
    ["pharmacist", "prescription_pending", P.pharmacist, []],
    ["system", "prescription_pending", P.system, ["prescription_sent", "in_review"]],
    ["supervisor", "completed", P.supervisor, []],
  ];
  it.each(TARGETS)("targetsFor %s at %s", (_, from, p, expected) => {
    const { to: _to, ...f } = as(p, from, from);
    expect(targetsFor(f)).toEqual(expected);
  });
});
