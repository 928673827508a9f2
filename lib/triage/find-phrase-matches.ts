/**
 * Finds lexicon phrases in a token stream, tolerating typing errors.
 *
 * Misspellings are handled two ways:
 * 1. explicit variants (red-flags.json `tokenVariants`, applied by the
 *    tokenizer: "pian" → "pain", "seizur" → "seizure");
 * 2. a bounded edit-distance match (is-within-edit-distance.ts) that is
 *    deliberately narrow so ordinary words never turn into emergencies:
 *    - only input words of 5+ letters, letters only;
 *    - never a word that is itself vocabulary, a negation trigger or a listed
 *      ordinary word ("bathing" must not become "breathing");
 *    - same first letter (typos rarely change it);
 *    - at most 1 edit, or 2 for target words of 9+ letters;
 *    - only inside multi-word phrases, and at least one word of the phrase
 *      must match exactly: a single word is never matched fuzzily.
 */
import type { TLexicon } from "./compile-lexicon";
import { isWithinEditDistance } from "./is-within-edit-distance";
import type { TToken } from "./tokenize-text";

export interface TPhraseMatch {
  /** Finding group (flag code or internal "@" group). */
  group: string;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** True when at least one token matched through the edit-distance rule. */
  fuzzy: boolean;
}

const LETTERS_ONLY = /^\p{L}+$/u;

function canBeMisspelling(word: string, lexicon: TLexicon): boolean {
  return word.length >= 5 && LETTERS_ONLY.test(word) && !lexicon.fuzzyStopWords.has(word);
}

/** True when `word` (already known to be a possible misspelling) is a typo of vocabulary word `target`. */
function isTypoOf(word: string, target: string): boolean {
  const maxEdits = target.length >= 9 ? 2 : 1;
  return (
    target.length >= 5 &&
    word[0] === target[0] &&
    Math.abs(word.length - target.length) <= maxEdits &&
    isWithinEditDistance(word, target, maxEdits)
  );
}

/** All phrase matches in `tokens` (overlaps allowed; callers resolve them). */
export function findPhraseMatches(tokens: readonly TToken[], lexicon: TLexicon): TPhraseMatch[] {
  const matches: TPhraseMatch[] = [];
  const fuzzable = tokens.map((token) => canBeMisspelling(token.norm, lexicon));
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i].norm;
    const starts: Array<[string, boolean]> = [[first, false]];
    if (fuzzable[i]) {
      for (const target of lexicon.fuzzyStarts.get(first[0]) ?? []) {
        if (isTypoOf(first, target)) starts.push([target, true]);
      }
    }
    for (const [startWord, firstFuzzy] of starts) {
      for (const phrase of lexicon.findings.get(startWord) ?? []) {
        const length = phrase.tokens.length;
        if ((firstFuzzy && length === 1) || i + length > tokens.length) continue;
        let fuzzyCount = firstFuzzy ? 1 : 0;
        let ok = true;
        for (let j = 1; j < length && ok; j += 1) {
          const token = tokens[i + j];
          const expected = phrase.tokens[j];
          // A phrase never spans a clause break or a comma ("chest, pain").
          if (token.clause !== tokens[i].clause || token.commaBefore) ok = false;
          else if (token.norm !== expected) {
            ok = fuzzable[i + j] && isTypoOf(token.norm, expected);
            if (ok) fuzzyCount += 1;
          }
        }
        // Require at least one exact word, and no more than one fuzzy word per
        // three words, so a phrase is never assembled from guesses alone.
        if (!ok || fuzzyCount >= length || fuzzyCount > Math.max(1, Math.floor(length / 3))) continue;
        matches.push({ group: phrase.payload, start: i, end: i + length, fuzzy: fuzzyCount > 0 });
      }
    }
  }
  return matches;
}
