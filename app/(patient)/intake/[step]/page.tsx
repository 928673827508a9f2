import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/site-header";
import { IntakeStepForm } from "@/components/intake/intake-step-form";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { getIntakeContext } from "@/server/intake/get-intake-context";
import { INTAKE_STEPS, type IntakeStep } from "@/lib/intake/intake-steps";
import { intakeFormDefaults } from "@/lib/intake/intake-form-defaults";

export const metadata = { title: "Start a consultation" };

/** One intake question page (/intake/reason … /intake/consent); answers come from the saved draft. */
export default async function IntakeStepPage({ params, searchParams }: { params: Promise<{ step: string }>; searchParams: Promise<{ change?: string }> }) {
  const { step } = await params;
  if (!(INTAKE_STEPS as readonly string[]).includes(step)) notFound();
  const { actor, name, request } = await requirePageActor(["patient"], `/intake/${step}`);
  const ctx = await getIntakeContext(actor, request);
  return (
    <>
      <SiteHeader actor={actor} name={name} />
      <main id="main" className="mx-auto max-w-2xl px-4 pb-16 pt-6">
        <IntakeStepForm
          step={step as IntakeStep}
          locale={ctx.locale}
          defaultValues={intakeFormDefaults(ctx.values)}
          askPregnancy={ctx.askPregnancy}
          idempotencyKey={ctx.idempotencyKey}
          changing={(await searchParams).change === "1"}
          prefilled={ctx.prefilled}
          attachments={ctx.attachments}
        />
      </main>
    </>
  );
}
