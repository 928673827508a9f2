import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { CheckAnswers } from "@/components/intake/check-answers";
import { SubmitIntakeForm } from "@/components/intake/submit-intake-form";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { getIntakeContext } from "@/server/intake/get-intake-context";
import { intakeText } from "@/lib/i18n/intake";
import { answerRows } from "@/lib/intake/answer-rows";
import { findUnansweredSteps } from "@/lib/intake/find-unanswered-steps";
import { INTAKE_STEPS } from "@/lib/intake/intake-steps";
import { toIntake } from "@/lib/intake/to-intake";
import { newIdempotencyKey } from "@/lib/intake/new-idempotency-key";

export const metadata = { title: "Check your answers" };

/** Every answer with a Change link; Send only when nothing is missing. */
export default async function CheckAnswersPage() {
  const { actor, name, request } = await requirePageActor(["patient"], "/intake/check");
  const ctx = await getIntakeContext(actor, request);
  const t = intakeText(ctx.locale);
  const attachmentIds = ctx.attachments.map((a) => a.id);
  const unanswered = findUnansweredSteps(ctx.values, { askPregnancy: ctx.askPregnancy, attachmentIds });
  const rows = answerRows(ctx.values, t, ctx.locale, { askPregnancy: ctx.askPregnancy, fileNames: ctx.attachments.map((a) => a.originalName ?? t.photos.noPreview) });
  const stepTitles: Record<string, string> = {
    reason: t.reason.title, symptoms: t.symptoms.title, timing: t.timing.title, readings: t.readings.title, medicines: t.medicines.title,
    "about-you": t.aboutYou.title, photos: t.photos.title, consent: t.consent.title,
  };
  return (
    <>
      <SiteHeader actor={actor} name={name} />
      <main id="main" lang={ctx.locale} className="mx-auto max-w-3xl px-4 pb-16 pt-6">
        <Link href={`/intake/${INTAKE_STEPS[INTAKE_STEPS.length - 1]}`} className="mb-6 inline-flex min-h-11 items-center gap-1 font-semibold text-brand underline underline-offset-4">
          <span aria-hidden>‹</span> {t.back}
        </Link>
        <h1 className="text-3xl font-bold leading-tight">{t.check.title}</h1>
        <p className="mb-6 mt-2 text-lg">{t.check.intro}</p>
        {unanswered.length > 0 && (
          <div role="alert" aria-labelledby="missing-title" className="mb-6 border-4 border-danger bg-white p-4">
            <h2 id="missing-title" className="text-lg font-bold">{t.check.missingTitle}</h2>
            <p className="mt-1">{t.check.missingIntro}</p>
            <ul className="mt-2 space-y-1">
              {unanswered.map((s) => (
                <li key={s}>
                  <Link href={`/intake/${s}?change=1`} className="font-semibold text-danger underline">{stepTitles[s]}</Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <CheckAnswers rows={rows} t={t} />
        <p className="mb-6 border-l-8 border-danger bg-white p-4 font-semibold">{t.check.emergencyReminder}</p>
        {unanswered.length === 0 && (
          <SubmitIntakeForm
            intake={toIntake(ctx.values, { askPregnancy: ctx.askPregnancy, attachmentIds })}
            idempotencyKey={ctx.idempotencyKey ?? newIdempotencyKey()}
            locale={ctx.locale}
          />
        )}
      </main>
    </>
  );
}
