/**
 * Bounded spelling correction against the known vocabulary. Deliberately strict: a wrong
 * correction silently checks the wrong drug, so we only correct when exactly one generic
 * is within reach and report every correction (drug-names.json normalization step 5).
 *
 * Policy: single words only, on both sides (letters and hyphens: "tylenol pm" must not become
 * "tylenol 3", nor "vitamin d" "vitamin E"); words of >= 5 characters; edit distance 1 (a
 * transposition counts as 1);
 * distance 2 only for names of >= 9 characters whose first three letters are right
 * ("acetaminophine"). That keeps real but unlisted drugs from landing on a neighbour
 * (flurazepam is not lorazepam, econazole is not miconazole) - see normalize tests.
 */
import { SPELLING_TARGETS } from "./vocabulary";

const MIN_LENGTH = 5;
const LONG_NAME = 9;
const WORD = /^[a-z][a-z-]*$/;
const WORD_TARGETS = [...SPELLING_TARGETS.keys()].filter((t) => WORD.test(t) && t.length >= MIN_LENGTH - 1);

/** Optimal-string-alignment distance, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

function allowedDistance(query: string, target: string): number {
  if (query.length >= LONG_NAME && query.slice(0, 3) === target.slice(0, 3)) return 2;
  return 1;
}

export interface SpellingResult {
  /** The vocabulary entry (generic, brand or synonym) the text was corrected to. */
  corrected?: string;
  /** Closest entries when no single correction is safe. */
  suggestions: string[];
}

/**
 * Find the single known name the text is a misspelling of. Ties between names that resolve
 * to different generics are refused (suggestions only).
 */
export function correctSpelling(text: string): SpellingResult {
  if (text.length < MIN_LENGTH || !WORD.test(text)) return { suggestions: [] };
  let best = Infinity;
  let hits: string[] = [];
  for (const target of WORD_TARGETS) {
    const max = allowedDistance(text, target);
    const d = editDistance(text, target, max);
    if (d > max || d > best) continue;
    if (d < best) {
      best = d;
      hits = [];
    }
    hits.push(target);
  }
  const generics = new Set(hits.map((h) => SPELLING_TARGETS.get(h)));
  if (hits.length > 0 && generics.size === 1) return { corrected: hits[0], suggestions: [] };
  return { suggestions: hits.slice(0, 3) };
}
