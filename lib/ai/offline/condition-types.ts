/**
 * Shape of the offline engine's knowledge table: common e-visit conditions with the words
 * patients use for them (English and Spanish), an ICD-10-CM code, a clinician plan, plain-language
 * advice, and first-line medicines (each still checked by the medication-safety engine).
 * Sources for codes: ICD-10-CM 2025 tabular list (CMS/NCHS); treatments follow common US
 * outpatient guidance (IDSA, AAFP, ACP) at the level of a reminder, not a protocol.
 */
import type { TMedicationSuggestion } from "../../schemas/ai";

export interface Bilingual {
  en: string;
  es: string;
}

export interface Condition {
  code: string;
  description: string;
  /** Phrases that point to the condition (weight 1). */
  phrases: string[];
  /** Phrases that nearly settle it (weight 3). */
  strong?: string[];
  /** Phrases that argue against it (weight -1.5), e.g. cough against bacterial pharyngitis (Centor). */
  against?: string[];
  /** Consultation types where it is common (+0.5). */
  types?: string[];
  /** Only considered when the patient is pregnant. */
  pregnancyOnly?: boolean;
  /** Extra weight from the vital signs (e.g. a raised blood pressure reading). */
  vitals?: (v: Record<string, unknown>) => number;
  /** The plain-language name the patient reads. */
  lay: Bilingual;
  plan: string;
  /** Self-care advice for the patient. */
  advice: Bilingual;
  /** When to get urgent help. */
  urgent: Bilingual;
  /** Days after which the patient should write back if not better. */
  followUpDays: number;
  medications: TMedicationSuggestion[];
}

export const med = (name: string, dose: string, frequency: string, durationDays: number, rationale: string): TMedicationSuggestion => ({
  name, dose, frequency, durationDays, rationale,
});
