/** The directions line ("sig") shown to pharmacist and patient, built from the structured fields. */
const ROUTE_WORDS: Record<string, [verb: string, phrase: string]> = {
  oral: ["Take", "by mouth"],
  topical: ["Apply", "to the affected area"],
  inhaled: ["Inhale", ""],
  nasal: ["Use", "in the nose"],
  ophthalmic: ["Use", "in the eye"],
  otic: ["Use", "in the ear"],
  rectal: ["Insert", "rectally"],
  vaginal: ["Insert", "vaginally"],
  subcutaneous: ["Inject", "under the skin"],
  intramuscular: ["Inject", "into the muscle"],
};

export function formatSig(rx: { doseText: string; route?: string | null; frequencyText: string; durationDays?: number | null; instructions?: string | null }): string {
  const [verb, phrase] = ROUTE_WORDS[rx.route ?? "oral"] ?? ["Take", rx.route ?? ""];
  const days = rx.durationDays ? ` for ${rx.durationDays} day${rx.durationDays === 1 ? "" : "s"}` : "";
  const extra = rx.instructions?.trim() ? `. ${rx.instructions.trim()}` : "";
  return [verb, rx.doseText, phrase, rx.frequencyText].filter(Boolean).join(" ").concat(days, extra).slice(0, 1000);
}
