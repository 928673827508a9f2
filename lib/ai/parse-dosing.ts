/**
 * Turns the dose and frequency an AI suggestion writes as text ("500 mg", "every 6 hours as
 * needed") into the numbers the medication-safety dose checks need. Conservative on purpose:
 * a range uses its most frequent end ("every 4-6 hours" = 6 a day), and text it cannot read
 * gives null, which the safety engine reports as "dose not checked", never as safe.
 */

const UNIT_TO_MG: Record<string, number> = { g: 1000, gram: 1000, grams: 1000, mg: 1, milligram: 1, milligrams: 1, mcg: 0.001, µg: 0.001, microgram: 0.001, micrograms: 0.001 };

/** Single dose in mg, or null when the text has no mass ("1 puff", "thin layer", "1%"). */
export function parseDoseMg(dose: string): number | null {
  const m = dose.toLowerCase().replace(",", ".").match(/(\d+(?:\.\d+)?)\s*(mg|milligrams?|g|grams?|mcg|µg|micrograms?)\b/);
  if (!m) return null;
  const value = Number(m[1]) * UNIT_TO_MG[m[2]!]!;
  return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) / 1000 : null;
}

const WORDS: Record<string, number> = { once: 1, one: 1, una: 1, un: 1, twice: 2, two: 2, dos: 2, three: 3, thrice: 3, tres: 3, four: 4, cuatro: 4, five: 5, cinco: 5, six: 6, seis: 6 };
const LATIN: Record<string, number> = { qd: 1, od: 1, qam: 1, qpm: 1, qhs: 1, hs: 1, bid: 2, tid: 3, qid: 4 };

/** Doses per day, or null when the text gives no schedule ("as needed" alone). */
export function parseFrequencyPerDay(frequency: string): number | null {
  const f = ` ${frequency.toLowerCase().replace(/\./g, "")} `;
  const hours = f.match(/(?:every|each|q|cada)\s*(\d+(?:\.\d+)?)(?:\s*(?:-|to|a)\s*\d+(?:\.\d+)?)?\s*(?:hours?|hrs?|h|horas?)\b/);
  if (hours) return Math.round((24 / Number(hours[1])) * 100) / 100;
  const times = f.match(/(\d+|[a-z]+)\s*(?:times|veces|x)\s*(?:a|per|each|al|por)?\s*(?:day|daily|día|dia)/);
  if (times) {
    const n = Number(times[1]) || WORDS[times[1]!];
    if (n) return n;
  }
  for (const [abbr, n] of Object.entries(LATIN)) if (new RegExp(`\\b${abbr}\\b`).test(f)) return n;
  if (/\b(?:once|one time)\b/.test(f) && /\b(?:day|daily|night|morning|evening)\b/.test(f)) return 1;
  if (/\b(?:twice)\b/.test(f)) return 2;
  if (/\b(?:daily|every day|a day|per day|at bedtime|at night|every morning|every evening|al día|diario|diaria|cada día|por la noche)\b/.test(f)) return 1;
  return null;
}
