"use client";

import type { UseFormReturn } from "react-hook-form";
import type { IntakeText, Locale } from "@/lib/i18n/intake";
import type { IntakeStep } from "@/lib/intake/intake-steps";
import type { TAttachmentSummary } from "@/lib/schemas/attachments";
import type { IntakeFormValues } from "./form-helpers";
import { ReasonStep } from "./steps/reason-step";
import { SymptomsStep } from "./steps/symptoms-step";
import { TimingStep } from "./steps/timing-step";
import { ReadingsStep } from "./steps/readings-step";
import { MedicinesStep } from "./steps/medicines-step";
import { AboutYouStep } from "./steps/about-you-step";
import { PhotosStep } from "./steps/photos-step";
import { ConsentStep } from "./steps/consent-step";

export interface StepProps {
  form: UseFormReturn<IntakeFormValues>;
  t: IntakeText;
  locale: Locale;
  askPregnancy: boolean;
  prefilled: { medicines: boolean; allergies: boolean };
  attachments: TAttachmentSummary[];
}

/** The questions of one intake page. */
export function StepFields({ step, ...props }: StepProps & { step: IntakeStep }) {
  switch (step) {
    case "reason": return <ReasonStep {...props} />;
    case "symptoms": return <SymptomsStep {...props} />;
    case "timing": return <TimingStep {...props} />;
    case "readings": return <ReadingsStep {...props} />;
    case "medicines": return <MedicinesStep {...props} />;
    case "about-you": return <AboutYouStep {...props} />;
    case "photos": return <PhotosStep {...props} />;
    case "consent": return <ConsentStep {...props} />;
  }
}
