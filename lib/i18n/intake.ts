/** The intake's words in the patient's language (see intake-text.ts for the rules). */
import { INTAKE_EN } from "./intake-en";
import { INTAKE_ES } from "./intake-es";
import type { IntakeText, Locale } from "./intake-text";

export type { IntakeText, Locale };

export function intakeText(locale: string | null | undefined): IntakeText {
  return locale === "es" ? INTAKE_ES : INTAKE_EN;
}

export function toLocale(value: string | null | undefined): Locale {
  return value === "es" ? "es" : "en";
}
