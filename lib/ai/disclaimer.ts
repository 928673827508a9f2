/**
 * The medical disclaimer every AI-drafted patient message ends with, in the patient's language.
 * Appended in code (lib/ai/finalize-ai-output.ts), whatever the model wrote.
 */
export const MEDICAL_DISCLAIMER = {
  en: "This message is general medical information from your care team and does not replace an in-person examination. If your symptoms get worse or you feel very unwell, call 911 or go to the nearest emergency department.",
  es: "Este mensaje es información médica general de su equipo de atención y no sustituye una consulta en persona. Si sus síntomas empeoran o se siente muy mal, llame al 911 o vaya a la sala de emergencias más cercana.",
} as const;

/** `body` ending with the disclaimer exactly once (an earlier copy is moved to the end). */
export function withDisclaimer(body: string, language: "en" | "es"): string {
  const disclaimer = MEDICAL_DISCLAIMER[language];
  const rest = body.split(disclaimer).join("").trimEnd();
  return rest ? `${rest}\n\n${disclaimer}` : disclaimer;
}

export function endsWithDisclaimer(body: string, language: "en" | "es"): boolean {
  return body.trimEnd().endsWith(MEDICAL_DISCLAIMER[language]);
}
