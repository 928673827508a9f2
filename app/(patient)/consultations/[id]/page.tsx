import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { CareCard } from "@/components/consultations/care-card";
import { ConfirmationPanel } from "@/components/consultations/confirmation-panel";
import { LiveStatus } from "@/components/consultations/live-status";
import { StatusTimeline } from "@/components/consultations/status-timeline";
import { Time } from "@/components/ui/time";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { getConsultation } from "@/server/consultations/get-consultation";
import { findHistory } from "@/server/consultations/find-history";
import { findLatestOutboxEventId } from "@/server/outbox/find-latest-outbox-event-id";
import { realtimePublicUrl } from "@/server/env";
import { buildTimeline } from "@/lib/consultations/build-timeline";
import { careLevel } from "@/lib/consultations/care-level";
import { consultationTypeLabel } from "@/lib/consultations/consultation-types";
import type { PatientConsultationView } from "@/lib/consultations/patient-consultation-view";
import type { ConsultationStatus } from "@/lib/consultations/statuses";
import { statusPageText } from "@/lib/i18n/status-page";
import { findMessages } from "@/server/messaging/send-message";
import { findConsultationPrescriptions } from "@/server/prescriptions/find-consultation-prescriptions";
import { db } from "@/server/db/prisma";
import { PatientMessages } from "@/components/consultations/patient-messages";
import { PatientOutcome } from "@/components/consultations/patient-outcome";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { EtaLine } from "@/components/consultations/eta-line";
import { estimatePatientEta } from "@/server/consultations/estimate-patient-eta";

export const metadata = { title: "Your consultation" };

/** A patient's consultation: confirmation after sending, care card, live progress. */
export default async function ConsultationStatusPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string }> }) {
  const { id } = await params;
  const { actor, name, request } = await requirePageActor(["patient"], `/consultations/${id}`);
  // getConsultation authorises (403/404 for anyone else), filters to the patient view and audits the read.
  const c = (await getConsultation(actor, id, request)) as unknown as PatientConsultationView;
  const [history, lastEventId, messages, rx, rated] = await Promise.all([
    findHistory(actor, id, request), findLatestOutboxEventId(id), findMessages(actor, id, request), findConsultationPrescriptions(actor, id, request),
    db.patientFeedback.findUnique({ where: { consultationId: id }, select: { rating: true } }),
  ]);
  const eta = ["triaged", "assigned", "in_review", "requires_peer_review"].includes(c.status) ? await estimatePatientEta(c.id) : null;
  const extra = c as unknown as { plan: string | null; careInstructions: string | null; primaryDiagnosisCode: string | null; educationKeys: string[] };
  const locale = c.patientLanguagePreference === "es" ? "es" : "en";
  const t = statusPageText(locale);
  const level = careLevel(c);
  const dueAt = c.slaDueAt ? new Date(c.slaDueAt).toISOString() : null;
  const within = t.within(dueAt ? Math.round((Date.parse(dueAt) - Date.now()) / 60_000) : 24 * 60);
  const steps = buildTimeline(history.items.map((h) => ({ toStatus: h.toStatus as ConsultationStatus, createdAt: h.createdAt })), c.status);
  const submitted = (await searchParams).submitted === "1";
  return (
    <>
      <SiteHeader actor={actor} name={name} />
      <main id="main" lang={locale} className="mx-auto max-w-3xl px-4 pb-16 pt-6">
        {level === "emergency" && <CareCard level="emergency" t={t} within={within} dueAt={dueAt} locale={locale} />}
        {submitted && <ConfirmationPanel reference={c.reference} t={t} within={within} emergency={level === "emergency"} />}
        <Link href="/consultations" className="mb-4 inline-flex min-h-11 items-center gap-1 font-semibold text-brand underline underline-offset-4">
          <span aria-hidden>‹</span> {t.backToList}
        </Link>
        <header className="mb-6">
          {submitted ? <h2 className="text-2xl font-bold">{c.chiefComplaint}</h2> : <h1 className="text-3xl font-bold leading-tight">{c.chiefComplaint}</h1>}
          <p className="mt-1 text-muted">
            {consultationTypeLabel(c.consultationType, locale)} · {t.reference} <span className="whitespace-nowrap font-semibold tabular text-ink">{c.reference}</span>
            {c.submittedAt && (
              <>
                {" "}· {t.sent} <Time date={new Date(c.submittedAt)} locale={locale} />
              </>
            )}
          </p>
        </header>
        {level && level !== "emergency" && <CareCard level={level} t={t} within={within} dueAt={dueAt} locale={locale} />}
        {eta && <EtaLine expectedAt={eta.expectedAt} queuePosition={eta.queuePosition} locale={locale} timeZone="America/New_York" />}
        <div className="mb-6">
          <PatientMessages consultationId={c.id} messages={messages.items} waitingOnPatient={c.status === "requires_info"} canWrite={!["completed", "cancelled"].includes(c.status)} locale={locale} />
        </div>
        <section aria-labelledby="progress-title">
          <h2 id="progress-title" className="mb-4 text-2xl font-bold">{t.progress}</h2>
          <StatusTimeline steps={steps} t={t} locale={locale} />
          <LiveStatus consultationId={c.id} status={c.status} version={c.version} realtimeUrl={realtimePublicUrl()} lastEventId={lastEventId} locale={locale} />
        </section>
        <PatientOutcome plan={extra.plan} careInstructions={extra.careInstructions} diagnosisCode={extra.primaryDiagnosisCode} prescriptions={rx.items as never} educationKeys={extra.educationKeys ?? []} locale={locale} />
        {c.status === "completed" && <div className="mt-6"><FeedbackForm consultationId={c.id} locale={locale} alreadyRated={!!rated} /></div>}
      </main>
    </>
  );
}
