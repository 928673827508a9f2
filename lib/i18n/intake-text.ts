/**
 * The shape of the intake's patient-facing words. English and Spanish each
 * fill it completely (the compiler checks), so Spanish can never fall behind.
 * Plain language for a reading age of about 9-11: short sentences, everyday
 * words, no clinical terms without an explanation.
 */
import type { ONSETS } from "../schemas/intake";
import type { CONSCIOUSNESS_LEVELS } from "../schemas/triage";

export type Locale = "en" | "es";
type Options<K extends string> = Record<K, string>;

export interface IntakeText {
  pageTitle: string;
  stepOf: (n: number, total: number) => string;
  back: string;
  continue: string;
  saving: string;
  savedNote: string;
  switchLanguage: { label: string; locale: Locale };
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  optional: string;
  yes: string;
  no: string;
  notSure: string;
  emergencyWarning: { title: string; body: string };
  reason: { title: string; hint: string };
  symptoms: {
    title: string; complaintLabel: string; complaintHint: string; pickLegend: string; pickHint: string;
    otherLabel: string; otherHint: string; detailsLabel: string; detailsHint: string;
  };
  timing: {
    title: string; onsetLegend: string; onset: Options<(typeof ONSETS)[number]>;
    severityLegend: string; severityHint: string; severityLow: string; severityHigh: string;
  };
  readings: {
    title: string; intro: string; bpLegend: string; bpHint: string; systolic: string; diastolic: string;
    heartRate: string; heartRateHint: string; breathing: string; breathingHint: string;
    temperature: string; temperatureHint: string; unitLegend: string; unitC: string; unitF: string;
    oxygen: string; oxygenHint: string; onOxygenLegend: string; onOxygenHint: string;
    alertLegend: string; alertHint: string; alert: Options<(typeof CONSCIOUSNESS_LEVELS)[number]>;
    units: { mmHg: string; bpm: string; perMinute: string; percent: string };
  };
  medicines: {
    title: string; takesLegend: string; takesHint: string; medName: string; medNameHint: string; medDose: string; medDoseHint: string;
    medFrequency: string; medFrequencyHint: string; medicineN: (n: number) => string; addMedicine: string; remove: string;
    allergiesLegend: string; allergiesHint: string; noKnownAllergies: string; substance: string; substanceHint: string; reaction: string;
    reactionHint: string; allergyN: (n: number) => string; addAllergy: string; allergyTypeLegend: string;
    allergyType: Options<"allergy" | "intolerance">; prefilledNote: string;
  };
  aboutYou: {
    title: string; pregnancyLegend: string; pregnancyHint: string; pregnancy: Options<"pregnant" | "not_pregnant" | "unknown">;
    languageLegend: string; languageHint: string;
  };
  photos: {
    title: string; intro: string; hint: string; choose: string; takePhoto: string; uploading: (name: string) => string;
    remove: (name: string) => string; removing: string; count: (n: number, max: number) => string; none: string; noPreview: string;
    pdf: string; errors: Record<"tooLarge" | "unsupported" | "limit" | "network" | "generic", string>; uploaded: (name: string) => string;
    removed: (name: string) => string;
  };
  consent: { title: string; paragraphs: string[]; checkbox: string };
  check: {
    title: string; intro: string; change: string; submit: string; submitting: string; none: string; notAnswered: string;
    missingTitle: string; missingIntro: string; answerThis: string; emergencyReminder: string;
    rows: {
      reason: string; complaint: string; symptoms: string; details: string; onset: string; severity: string;
      readings: string; medicines: string; allergies: string; pregnancy: string; language: string; files: string; consent: string;
    };
    severityValue: (n: number) => string; noAllergies: string; agreed: string; filesCount: (n: number) => string;
    readingLines: { bp: string; heartRate: string; breathing: string; temperature: string; oxygen: string; onOxygen: string; alert: string };
  };
  languages: Options<Locale>;
}
