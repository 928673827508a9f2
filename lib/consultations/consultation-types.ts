/** Consultation types the clinic offers; each maps to a provider specialty. */
export const CONSULTATION_TYPES = ["family_medicine", "dermatology", "urgent_care", "mental_health", "womens_health"] as const;
export type ConsultationType = (typeof CONSULTATION_TYPES)[number];

export const CONSULTATION_TYPE_LABELS: Record<ConsultationType, { en: string; es: string; hint: { en: string; es: string } }> = {
  family_medicine: {
    en: "General health problem", es: "Problema de salud general",
    hint: { en: "Colds, infections, aches, stomach problems, long-term conditions", es: "Resfriados, infecciones, dolores, problemas de estómago, enfermedades crónicas" },
  },
  dermatology: {
    en: "Skin, hair or nails", es: "Piel, cabello o uñas",
    hint: { en: "Rashes, spots, moles, acne, eczema", es: "Sarpullidos, manchas, lunares, acné, eccema" },
  },
  urgent_care: {
    en: "A new problem that needs attention today", es: "Un problema nuevo que necesita atención hoy",
    hint: { en: "Minor injuries, sudden illness, urinary infections", es: "Lesiones menores, enfermedad repentina, infecciones urinarias" },
  },
  mental_health: {
    en: "Mental health", es: "Salud mental",
    hint: { en: "Low mood, anxiety, stress, sleep problems", es: "Ánimo bajo, ansiedad, estrés, problemas para dormir" },
  },
  womens_health: {
    en: "Women’s health", es: "Salud de la mujer",
    hint: { en: "Periods, contraception, menopause, pregnancy questions", es: "Menstruación, anticonceptivos, menopausia, preguntas sobre el embarazo" },
  },
};

export function consultationTypeLabel(type: string, locale = "en"): string {
  const entry = CONSULTATION_TYPE_LABELS[type as ConsultationType];
  return entry ? entry[locale === "es" ? "es" : "en"] : type.replace(/_/g, " ");
}
