/**
 * Symptoms patients can tick instead of typing. The stored value is the
 * English phrase the triage lexicon (lib/triage/data/red-flags.json) reads,
 * whatever language the page is shown in: the lexicon is English only, so a
 * Spanish speaker who ticks "Dolor u opresión en el pecho" is still flagged.
 * `warn` marks emergency symptoms: ticking one shows "call 911" at once.
 */
export interface CommonSymptom {
  value: string;
  en: string;
  es: string;
  warn?: boolean;
}

export const COMMON_SYMPTOMS: readonly CommonSymptom[] = [
  { value: "fever", en: "Fever or high temperature", es: "Fiebre o temperatura alta" },
  { value: "cough", en: "Cough", es: "Tos" },
  { value: "sore throat", en: "Sore throat", es: "Dolor de garganta" },
  { value: "runny or blocked nose", en: "Runny or blocked nose", es: "Nariz tapada o que moquea" },
  { value: "headache", en: "Headache", es: "Dolor de cabeza" },
  { value: "earache", en: "Earache", es: "Dolor de oído" },
  { value: "feeling very tired", en: "Feeling very tired", es: "Mucho cansancio" },
  { value: "nausea", en: "Feeling sick (nausea)", es: "Ganas de vomitar (náuseas)" },
  { value: "vomiting", en: "Being sick (vomiting)", es: "Vómitos" },
  { value: "diarrhea", en: "Diarrhea", es: "Diarrea" },
  { value: "stomach ache", en: "Stomach ache", es: "Dolor de estómago" },
  { value: "pain or burning when peeing", en: "Pain or burning when peeing", es: "Dolor o ardor al orinar" },
  { value: "rash", en: "Rash or skin changes", es: "Sarpullido o cambios en la piel" },
  { value: "itching", en: "Itching", es: "Picazón" },
  { value: "back pain", en: "Back pain", es: "Dolor de espalda" },
  { value: "feeling dizzy", en: "Feeling dizzy", es: "Mareo" },
  { value: "low mood or worry", en: "Low mood or worry", es: "Ánimo bajo o preocupación" },
  { value: "chest pain", en: "Chest pain or tightness", es: "Dolor u opresión en el pecho", warn: true },
  { value: "short of breath", en: "Trouble breathing", es: "Dificultad para respirar", warn: true },
];

/** The label for a stored symptom value; free text is shown as typed. */
export function symptomLabel(value: string, locale: "en" | "es"): string {
  return COMMON_SYMPTOMS.find((s) => s.value === value)?.[locale] ?? value;
}
