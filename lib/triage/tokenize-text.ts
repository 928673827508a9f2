/**
 * Tokenizer for patient-typed symptom text. Every token keeps its character
 * offsets in the original string so a red flag can cite the exact span that
 * raised it, and a clause index so negation scope never crosses a sentence
 * (NegEx, Chapman 2001: scope ends at the end of the sentence).
 */

export interface TToken {
  /** Original characters, as typed. */
  raw: string;
  /** Lowercased, apostrophe-normalised, contraction- and variant-mapped form. */
  norm: string;
  /** Offset of the first character in the source string. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** Clause number; increases at . ; ! ? and newlines. */
  clause: number;
  /** True when a comma sits between this token and the previous one. */
  commaBefore: boolean;
  /** True when a question mark, colon or spaced dash precedes this token ("Chest pain? No", "Fever: no"). */
  answerBefore: boolean;
}

/**
 * Words typed without their apostrophe, plus "cannot", mapped to one spelling
 * so lexicons list each form once. Patient text drops apostrophes constantly
 * ("cant breathe", "dont have").
 */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  cant: "can't",
  cannot: "can't",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  wont: "won't",
  isnt: "isn't",
  wasnt: "wasn't",
  arent: "aren't",
  havent: "haven't",
  hasnt: "hasn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  im: "i'm",
  ive: "i've",
  theres: "there's",
  thats: "that's",
  hes: "he's",
  shes: "she's",
  theyre: "they're",
  whats: "what's",
};

/** Numbers (with one decimal part, so "100.4" stays whole) or words with inner apostrophes. */
const TOKEN_RE = /\p{N}+(?:\.\p{N}+)?|[\p{L}\p{N}]+(?:['’\u2018][\p{L}]+)*/gu;
const CLAUSE_BREAK_RE = /[.;!?\n\r]/;
const ANSWER_RE = /[?:]|\s[-–]\s/;

/** Lowercase a raw token, unify apostrophes and expand apostrophe-less contractions. */
export function normalizeToken(raw: string, variants?: ReadonlyMap<string, string>): string {
  const lower = raw.toLowerCase().replace(/[’\u2018]/g, "'");
  const contracted = CONTRACTIONS[lower] ?? lower;
  return variants?.get(contracted) ?? contracted;
}

/**
 * Split `text` into tokens with offsets, clause numbers and comma markers.
 * `variants` maps known misspellings/inflections to canonical tokens
 * (red-flags.json `tokenVariants`).
 */
export function tokenizeText(text: string, variants?: ReadonlyMap<string, string>): TToken[] {
  const tokens: TToken[] = [];
  let clause = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    if (tokens.length > 0 && CLAUSE_BREAK_RE.test(gap)) clause += 1;
    const raw = match[0];
    tokens.push({
      raw,
      norm: normalizeToken(raw, variants),
      start,
      end: start + raw.length,
      clause,
      commaBefore: tokens.length > 0 && gap.includes(","),
      answerBefore: tokens.length > 0 && ANSWER_RE.test(gap),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** Tokenize a lexicon phrase into its normalised token list (no offsets needed). */
export function tokenizePhrase(phrase: string, variants?: ReadonlyMap<string, string>): string[] {
  return tokenizeText(phrase, variants).map((token) => token.norm);
}
