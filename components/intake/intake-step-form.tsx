"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState, useTransition } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { saveIntakeDraftAction } from "@/server/actions/intake";
import { intakeText, type Locale } from "@/lib/i18n/intake";
import { localizeMessage } from "@/lib/i18n/intake-errors";
import { INTAKE_STEPS, stepSchema, type IntakeStep } from "@/lib/intake/intake-steps";
import { newIdempotencyKey } from "@/lib/intake/new-idempotency-key";
import type { TAttachmentSummary } from "@/lib/schemas/attachments";
import { fieldId, localizedResolver, summaryOf, type IntakeFormValues } from "./form-helpers";
import { StepFields } from "./step-fields";

export interface IntakeStepFormProps {
  step: IntakeStep;
  locale: Locale;
  defaultValues: IntakeFormValues;
  askPregnancy: boolean;
  idempotencyKey: string | null;
  /** Opened from "Check your answers": Continue and Back return there. */
  changing: boolean;
  prefilled: { medicines: boolean; allergies: boolean };
  attachments: TAttachmentSummary[];
}

/** One intake question page: progress, the page's questions, error summary, Continue (saves the draft). */
export function IntakeStepForm(props: IntakeStepFormProps) {
  const { step, askPregnancy, changing } = props;
  const router = useRouter();
  const [locale, setLocale] = useState<Locale>(props.locale);
  const t = intakeText(locale);
  const index = INTAKE_STEPS.indexOf(step);
  const key = useMemo(() => props.idempotencyKey ?? newIdempotencyKey(), [props.idempotencyKey]);
  const [summary, setSummary] = useState<{ field?: string; message: string }[]>([]);
  const [pending, startTransition] = useTransition();
  const resolver = useMemo(() => localizedResolver(stepSchema(step, { askPregnancy }), locale), [step, askPregnancy, locale]);
  const form = useForm<IntakeFormValues>({ defaultValues: props.defaultValues, resolver, shouldFocusError: false });

  const next = changing ? "/intake/check" : `/intake/${INTAKE_STEPS[index + 1] ?? "check"}`;
  const back = changing ? "/intake/check" : index === 0 ? "/consultations" : `/intake/${INTAKE_STEPS[index - 1]}`;
  const title = `${summary.length ? t.errorTitlePrefix : ""}${stepTitle(step, t)} – ${t.stepOf(index + 1, INTAKE_STEPS.length)}`;
  useEffect(() => {
    document.title = `${title} – Async Visits`;
  }, [title]);

  const save = (values: IntakeFormValues, stepIndex: number, then: () => void) =>
    startTransition(async () => {
      const res = await saveIntakeDraftAction({ step: stepIndex, values, idempotencyKey: key });
      if (res.ok) return then();
      if (res.code === "UNAUTHENTICATED") return router.push(`/login?next=${encodeURIComponent(`/intake/${step}`)}&reason=idle`);
      const fields = Object.entries(res.fieldErrors ?? {}).map(([path, [m]]) => ({ field: fieldId(path.replace(/^values\./, "")), message: localizeMessage(m ?? "", locale) }));
      setSummary(fields.length ? fields : [{ message: res.message }]);
    });

  const onValid = (values: IntakeFormValues) => {
    setSummary([]);
    save(values, index + 1, () => router.push(next));
  };
  const onInvalid = (errors: FieldErrors<IntakeFormValues>) => setSummary(summaryOf(errors));

  const switchLanguage = () => {
    const to = t.switchLanguage.locale;
    setLocale(to);
    form.setValue("preferredLanguage", to);
    setSummary([]);
    form.clearErrors();
    // Saved at once so every later page, and the clinician, use the new language.
    save({ preferredLanguage: to }, index, () => router.refresh());
  };

  return (
    <div lang={locale}>
      <div className="mb-6 flex items-center justify-between gap-4">
        <Link href={back} className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand underline underline-offset-4">
          <span aria-hidden>‹</span> {t.back}
        </Link>
        <button type="button" onClick={switchLanguage} disabled={pending} lang={t.switchLanguage.locale} className="min-h-11 px-2 font-semibold text-brand underline underline-offset-4">
          {t.switchLanguage.label}
        </button>
      </div>
      <ErrorSummary errors={summary} title={t.errorSummaryTitle} />
      <p className="mb-1 text-lg text-muted">{t.stepOf(index + 1, INTAKE_STEPS.length)}</p>
      <form onSubmit={form.handleSubmit(onValid, onInvalid)} noValidate>
        <StepFields step={step} form={form} t={t} locale={locale} askPregnancy={askPregnancy} prefilled={props.prefilled} attachments={props.attachments} />
        <Button type="submit" busy={pending} className="mt-2 w-full sm:w-auto">
          {pending ? t.saving : t.continue}
        </Button>
        <p className="mt-4 text-sm text-muted">{t.savedNote}</p>
      </form>
    </div>
  );
}

function stepTitle(step: IntakeStep, t: ReturnType<typeof intakeText>): string {
  const titles: Record<IntakeStep, string> = {
    reason: t.reason.title, symptoms: t.symptoms.title, timing: t.timing.title, readings: t.readings.title,
    medicines: t.medicines.title, "about-you": t.aboutYou.title, photos: t.photos.title, consent: t.consent.title,
  };
  return titles[step];
}
