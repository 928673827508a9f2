"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitIntakeAction } from "@/server/actions/intake";
import { intakeText, type Locale } from "@/lib/i18n/intake";
import { localizeMessage } from "@/lib/i18n/intake-errors";
import { stepForIntakePath } from "@/lib/intake/intake-steps";
import type { TIntakeInput } from "@/lib/schemas/intake";

/**
 * "Send my request". The draft's idempotency key goes with every attempt, so a
 * double click or a retry after a lost response returns the same consultation.
 * On success the action redirects to the status page.
 */
export function SubmitIntakeForm({ intake, idempotencyKey, locale }: { intake: TIntakeInput; idempotencyKey: string; locale: Locale }) {
  const t = intakeText(locale);
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<{ field?: string; message: string }[]>([]);
  const submit = () =>
    startTransition(async () => {
      setErrors([]);
      const res = await submitIntakeAction({ intake, idempotencyKey });
      if (res.ok) return;
      if (res.code === "UNAUTHENTICATED") {
        window.location.assign(`/login?next=${encodeURIComponent("/intake/check")}&reason=idle`);
        return;
      }
      const fields = Object.entries(res.fieldErrors ?? {}).map(([path, [message]]) => ({
        field: `change-${stepForIntakePath(path)}`,
        message: localizeMessage(message ?? res.message, locale),
      }));
      setErrors(fields.length ? fields : [{ message: res.message }]);
    });
  return (
    <form action={submit}>
      <ErrorSummary errors={errors} title={t.errorSummaryTitle} />
      <Button type="submit" busy={pending} className="w-full sm:w-auto">
        {pending ? t.check.submitting : t.check.submit}
      </Button>
    </form>
  );
}
