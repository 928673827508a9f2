import { notFound } from "next/navigation";
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { RiskBadge } from "@/components/consultations/risk-badge";
import { PatientSummary } from "@/components/review/patient-summary";
import { IntakePanel } from "@/components/review/intake-panel";
import { MessageThread } from "@/components/review/message-thread";
import { DocumentationForm } from "@/components/review/documentation-form";
import { ActionsPanel } from "@/components/review/actions-panel";
import { PeerReviewForm } from "@/components/review/peer-review-form";
import { SupervisorApproval } from "@/components/review/supervisor-approval";
import { BreakGlassForm } from "@/components/review/break-glass-form";
import { TimeTracker } from "@/components/review/time-tracker";
import { AiPanel } from "@/components/ai/ai-panel";
import { PrescribingPanel } from "@/components/prescribing/prescribing-panel";
import { EducationPicker } from "@/components/review/education-picker";
import { selectEducation } from "@/lib/education/library";
import { SlaCountdown } from "@/components/queue/sla-countdown";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { getReviewWorkspace } from "@/server/consultations/get-review-workspace";
import { isAppError } from "@/lib/errors";
import { consultationTypeLabel } from "@/lib/consultations/consultation-types";
import { TRIGGER_LABELS, type PeerReviewTrigger } from "@/lib/peer-review/peer-review-rules";
import type { TIntake } from "@/lib/schemas/intake";
import type { TTriageResult } from "@/lib/schemas/triage";
import type { RiskLevel } from "@/lib/consultations/statuses";

export const metadata = { title: "Review" };

type C = Record<string, unknown> & { id: string; status: string; version: number };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requirePageActor(["provider", "supervisor"], `/review/${id}`);
  const { actor, name, request } = session;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  let ws;
  try {
    ws = await getReviewWorkspace(actor, id, request);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && e.code === "FORBIDDEN") {
      return (
        <>
          <SiteHeader actor={actor} name={name} wide />
          <main id="main" className="mx-auto max-w-[1600px] px-4 py-6">
            <h1 className="text-2xl font-bold">You are not involved in this consultation</h1>
            {actor.role === "provider" ? <BreakGlassForm consultationId={id} /> : <p className="mt-2">You do not have access to it.</p>}
          </main>
        </>
      );
    }
    throw e;
  }
  const c = ws.consultation as C;
  const full = "patient" in c && c.patient && typeof c.patient === "object" && "allergies" in (c.patient as object);
  const triage = (c.triageResult ?? null) as TTriageResult | null;
  const intake = c.intake as TIntake | undefined;
  const assigned = ws.relation === "assigned";
  const peerReviewer = ws.relation === "peer_reviewer" && c.status === "requires_peer_review";
  const pendingReview = ws.peerReviews.find((r) => r.status === "pending");
  const diff = (c.differentialDiagnosis as { code: string; description: string }[] | null) ?? [];

  return (
    <>
      <SiteHeader actor={actor} name={name} wide />
      {assigned && ["in_review", "requires_info", "prescription_pending"].includes(c.status) && <TimeTracker consultationId={c.id} activity="review" />}
      <main id="main" className="mx-auto max-w-[1600px] px-4 py-4">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <Link href="/queue" className="text-sm font-semibold text-brand underline">← Queue</Link>
          <h1 className="text-xl font-bold">{String(c.reference)} · {consultationTypeLabel(String(c.consultationType))}</h1>
          <RiskBadge level={(c.clinicalRiskLevel ?? null) as RiskLevel | null} />
          <span className="rounded bg-surface px-2 py-0.5 text-sm font-semibold capitalize">{c.status.replace(/_/g, " ")}</span>
          <span className="text-sm">SLA: <SlaCountdown dueAt={c.slaDueAt ? String(new Date(c.slaDueAt as string).toISOString()) : null} paused={c.status === "requires_info"} /></span>
          {ws.relation === "break_glass" && <span className="rounded bg-warn px-2 py-0.5 text-sm font-bold text-white">Emergency access — recorded</span>}
        </div>
        {!full ? (
          <p className="mt-4 rounded-card border border-line bg-white p-4">You see the queue summary only. Accept the consultation to see the patient’s details.</p>
        ) : (
          <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(260px,1fr)_minmax(380px,1.6fr)_minmax(320px,1.2fr)]">
            <aside aria-label="Patient summary">
              <PatientSummary patient={c.patient as never} triage={triage} translationRequired={Boolean(c.translationRequired)} past={ws.pastConsultations} />
            </aside>
            <div className="space-y-4">
              {intake && <IntakePanel intake={intake} triage={triage} attachments={ws.attachments} />}
              <MessageThread messages={ws.messages} consultationId={c.id} canSend={(assigned || actor.role === "supervisor") && !["completed", "cancelled"].includes(c.status)} />
            </div>
            <div className="space-y-4">
              <section aria-labelledby="next" className="rounded-card border border-line bg-white p-4">
                <h2 id="next" className="mb-2 font-bold">Next steps</h2>
                {ws.peerReview.mandatory && !ws.peerReview.approved && assigned && (
                  <p className="mb-2 rounded border-l-4 border-warn bg-warn-light p-2 text-sm">
                    Peer review is mandatory: {ws.peerReview.triggers.map((t) => TRIGGER_LABELS[t as PeerReviewTrigger]).join("; ")}.
                  </p>
                )}
                {Boolean(c.supervisorApprovalRequired) && (
                  <div className="mb-2"><SupervisorApproval consultationId={c.id} approvedAt={(c.supervisorApprovedAt as string | null) ?? null} canApprove={actor.role === "supervisor"} /></div>
                )}
                <ActionsPanel consultationId={c.id} from={c.status} version={c.version} moves={ws.moves} rationale={String(c.clinicalDecisionRationale ?? "")} providers={ws.assignable} />
              </section>
              {peerReviewer && pendingReview && (
                <PeerReviewForm consultationId={c.id} version={c.version} reason={pendingReview.reason} triggers={pendingReview.triggers.map((t) => TRIGGER_LABELS[t as PeerReviewTrigger] ?? t)} authorRationale={String(c.clinicalDecisionRationale ?? "")} />
              )}
              {/* ai panel */}
              <AiPanel consultationId={c.id} editable={assigned && ["assigned", "in_review", "requires_info", "prescription_pending", "prescription_sent"].includes(c.status)} />
              {/* prescribing panel */}
              <PrescribingPanel
                consultationId={c.id}
                canPrescribe={actor.role === "provider" && assigned && !!ws.moves.find((m) => m.to === "prescription_pending")?.allowed}
                disabledReason={
                  peerReviewer ? "As peer reviewer, approve the plan above; the author then prescribes."
                    : actor.role !== "provider" || !assigned ? "Only the assigned provider can prescribe."
                    : ws.peerReview.mandatory && !ws.peerReview.approved ? "Prescribing waits for the peer review (see Next steps)."
                    : ["prescription_pending", "prescription_sent", "completed"].includes(c.status) ? "Approved prescriptions are listed above."
                    : "Prescribing opens when you start the review."
                }
                patient={(({ age, weightKg, sex, pregnancyStatus, allergies, currentMedications }: { age: number; weightKg: number | null; sex: string; pregnancyStatus: string; allergies: unknown[]; currentMedications: unknown[] }) => ({
                  age, weightKg, sex, allergies, currentMedications, pregnant: pregnancyStatus === "pregnant" ? true : pregnancyStatus === "unknown" ? null : false,
                }))(c.patient as never)}
              />
              <DocumentationForm
                consultationId={c.id}
                initialVersion={c.version}
                readOnly={!assigned || !["assigned", "in_review", "requires_info", "prescription_pending", "prescription_sent"].includes(c.status)}
                initial={{
                  assessment: String(c.assessment ?? ""), differentialDiagnosis: diff, primaryDiagnosisCode: String(c.primaryDiagnosisCode ?? ""),
                  clinicalDecisionRationale: String(c.clinicalDecisionRationale ?? ""), plan: String(c.plan ?? ""), careInstructions: String(c.careInstructions ?? ""),
                }}
              />
              <EducationPicker
                consultationId={c.id}
                readOnly={!assigned || ["completed", "cancelled"].includes(c.status)}
                selected={(c.educationKeys as string[] | undefined)?.length ? (c.educationKeys as string[]) : selectEducation(c.primaryDiagnosisCode as string | null, [])}
              />
              {ws.peerReviews.length > 0 && (
                <section aria-labelledby="prh" className="rounded-card border border-line bg-white p-4 text-sm">
                  <h2 id="prh" className="font-bold">Peer reviews</h2>
                  <ul className="mt-1 space-y-1">
                    {ws.peerReviews.map((r) => (
                      <li key={r.id}><strong className="capitalize">{r.status}</strong>{r.score ? ` · score ${r.score}/5` : ""}{r.mandatory ? " · mandatory" : ""} — {r.comment ?? r.reason}</li>
                    ))}
                  </ul>
                </section>
              )}
            </div>
          </div>
        )}
      </main>
    </>
  );
}
