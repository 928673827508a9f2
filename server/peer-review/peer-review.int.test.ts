import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/prisma";
import { AppError } from "@/lib/errors";
import { makeWorld, staffActor, testRequest } from "../test/fixtures";
import { requestTransition } from "../consultations/request-transition";
import { transitionConsultation } from "../consultations/transition-consultation";
import { approveAsSupervisor } from "../consultations/approve-as-supervisor";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

const highRisk = { chiefComplaint: "Heart racing", severity: 5, vitals: { heartRate: 124, respiratoryRate: 22, oxygenSaturation: 95, temperatureC: 37.2 } };

async function inReview(author: Awaited<ReturnType<World["provider"]>>, intake: { chiefComplaint: string } = highRisk) {
  const p = await w.patient();
  return w.consultation({ patient: p.patient, patientUserId: p.user.id, status: "in_review", intake, providerId: author.provider!.id, providerUserId: author.user.id });
}

describe("peer review", () => {
  it("is mandatory for high risk: completing is refused until a reviewer approves", async () => {
    const author = await w.provider();
    await w.provider();
    const c = await inReview(author);
    expect(c.clinicalRiskLevel).toBe("high");
    const e = await requestTransition(staffActor(author), c.id, { to: "completed", decisionRationale: "Sinus tachycardia" }, testRequest()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).details).toMatchObject({ failed: ["peer_review"], triggers: ["high_risk"] });
    expect((await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("in_review");
  });

  it("routes to another provider of the same specialty, never the author, least loaded first", async () => {
    const author = await w.provider();
    const busy = await w.provider();
    const idle = await w.provider();
    await w.provider({ specialties: ["dermatology"] });
    await w.provider({ licenseExpiresAt: "2025-01-01" });
    // Give `busy` two pending reviews.
    for (let i = 0; i < 2; i++) {
      const other = await inReview(author);
      await requestTransition(staffActor(author), other.id, { to: "requires_peer_review", reason: "Second opinion" }, testRequest());
      const assigned = await db.consultation.findUniqueOrThrow({ where: { id: other.id } });
      if (assigned.peerReviewerId !== busy.provider!.id) await db.consultation.update({ where: { id: other.id }, data: { peerReviewerId: busy.provider!.id } });
    }
    const c = await inReview(author);
    await requestTransition(staffActor(author), c.id, { to: "requires_peer_review", reason: "High risk" }, testRequest());
    const after = await db.consultation.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.peerReviewerId).not.toBe(author.provider!.id);
    expect(after.peerReviewerId).not.toBe(busy.provider!.id);
    const reviewer = await db.provider.findUniqueOrThrow({ where: { id: after.peerReviewerId! } });
    expect(reviewer.specialties).toContain("family_medicine");
    expect(reviewer.licenseExpiresAt.getTime()).toBeGreaterThan(Date.now());
    const record = await db.peerReview.findFirstOrThrow({ where: { consultationId: c.id } });
    expect(record).toMatchObject({ authorProviderId: author.provider!.id, reviewerProviderId: after.peerReviewerId, mandatory: true, triggers: ["high_risk"], status: "pending" });
    void idle;
  });

  it("the reviewer scores and approves; the author cannot review their own case", async () => {
    const author = await w.provider();
    const c = await inReview(author);
    await requestTransition(staffActor(author), c.id, { to: "requires_peer_review", reason: "High risk" }, testRequest());
    const { peerReviewerId } = await db.consultation.findUniqueOrThrow({ where: { id: c.id } });
    const reviewer = await db.provider.findUniqueOrThrow({ where: { id: peerReviewerId! }, include: { user: true } });
    const selfReview = await requestTransition(staffActor(author), c.id, { to: "completed", reviewOutcome: { outcome: "approve", score: 5, comment: "Fine" }, decisionRationale: "x y z" }, testRequest()).catch((x: unknown) => x);
    expect((selfReview as AppError).code).toBe("FORBIDDEN");
    const reviewerActor = { kind: "user" as const, userId: reviewer.userId, role: "provider" as const, organizationId: w.org.id, providerId: reviewer.id, specialties: reviewer.specialties };
    await requestTransition(reviewerActor, c.id, { to: "completed", reviewOutcome: { outcome: "approve", score: 4, comment: "Agree; add ECG if recurs" }, decisionRationale: "Sinus tachycardia; safety-netted" }, testRequest());
    expect(await db.peerReview.findFirstOrThrow({ where: { consultationId: c.id } })).toMatchObject({ status: "approved", score: 4 });
    expect(await db.consultationQualityMetrics.findUniqueOrThrow({ where: { consultationId: c.id } })).toMatchObject({ peerReviewScore: 4 });
  });
});

describe("supervisor approval gate", () => {
  it("refuses completion until a supervisor approves (provider in training)", async () => {
    const trainee = await w.provider({ inTraining: true });
    const sup = await w.staff({ role: "supervisor" });
    const p = await w.patient();
    const c = await w.consultation({ patient: p.patient, patientUserId: p.user.id, status: "triaged", intake: { chiefComplaint: "Sore throat" } });
    await transitionConsultation({ consultationId: c.id, to: "assigned", actor: staffActor(trainee), request: testRequest() });
    expect((await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).supervisorApprovalRequired).toBe(true);
    await transitionConsultation({ consultationId: c.id, to: "in_review", actor: staffActor(trainee), request: testRequest() });
    const refused = await requestTransition(staffActor(trainee), c.id, { to: "completed", decisionRationale: "Viral pharyngitis" }, testRequest()).catch((x: unknown) => x);
    expect(refused).toMatchObject({ code: "GUARD_FAILED", details: { failed: ["supervisor_approval"] } });
    const notSup = await approveAsSupervisor(staffActor(trainee), c.id, undefined, testRequest()).catch((x: unknown) => x);
    expect((notSup as AppError).code).toBe("FORBIDDEN");
    await approveAsSupervisor(staffActor(sup), c.id, "Reviewed", testRequest());
    const again = await approveAsSupervisor(staffActor(sup), c.id, undefined, testRequest()).catch((x: unknown) => x);
    expect((again as AppError).code).toBe("CONFLICT");
    const done = await requestTransition(staffActor(trainee), c.id, { to: "completed", decisionRationale: "Viral pharyngitis" }, testRequest());
    expect(done.status).toBe("completed");
  });
});
