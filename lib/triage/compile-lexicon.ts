/**
 * Turns the JSON vocabularies into token-level lookup tables once, at module
 * load: phrase indices keyed by first token (longest phrase first), the
 * misspelling map and the set of words the fuzzy matcher must leave alone.
 */
import { tokenizePhrase } from "./tokenize-text";
import { NEGATION_DATA, RED_FLAG_DATA, type TNegationData, type TRedFlagData } from "./triage-data";

/** How a trigger acts (NegEx/ConText kinds; "Term" kinds end scopes). */
export type TTriggerKind =
  | "negPre"
  | "negPost"
  | "possPre"
  | "possPost"
  | "pseudo"
  | "term"
  | "affirmTerm"
  | "hypoPre"
  | "histPre"
  | "histPost"
  | "histTerm"
  | "famPre"
  | "famPost"
  | "famTerm";

export interface TIndexedPhrase<T> {
  tokens: readonly string[];
  payload: T;
}
/** First token → phrases starting with it, longest first. */
export type TPhraseIndex<T> = ReadonlyMap<string, readonly TIndexedPhrase<T>[]>;

/** Finding groups: a flag code, or an internal group prefixed with "@". */
export const FEVER_GROUP = "@fever";
export const NON_FINDING_GROUP = "@nonfinding";
export const requiresAlsoGroup = (code: string): string => `@requires:${code}`;

export interface TLexicon {
  variants: ReadonlyMap<string, string>;
  findings: TPhraseIndex<string>;
  triggers: TPhraseIndex<ReadonlySet<TTriggerKind>>;
  /** Kinds of one-word triggers, so a scope still ends at "i" or "but" swallowed by a longer trigger ("i have"). */
  singleWordKinds: ReadonlyMap<string, ReadonlySet<TTriggerKind>>;
  /** First words (5+ letters) of multi-word phrases, by first letter: where a fuzzy match may start. */
  fuzzyStarts: ReadonlyMap<string, readonly string[]>;
  /** Input words never treated as misspellings (vocabulary, triggers, ordinary words). */
  fuzzyStopWords: ReadonlySet<string>;
  preWindow: number;
  postWindow: number;
}

/** Placeholder for a 4-digit year in trigger phrases ("in <year>"). */
export const YEAR_PLACEHOLDER = "<year>";

function phraseTokens(phrase: string, variants: ReadonlyMap<string, string>): string[] {
  return phrase
    .split(/\s+/)
    .flatMap((part) => (part === YEAR_PLACEHOLDER ? [part] : tokenizePhrase(part, variants)));
}

function buildIndex<T>(entries: Array<TIndexedPhrase<T>>): Map<string, TIndexedPhrase<T>[]> {
  const index = new Map<string, TIndexedPhrase<T>[]>();
  for (const entry of entries) {
    if (entry.tokens.length === 0) throw new Error("triage lexicon: a phrase has no tokens");
    const list = index.get(entry.tokens[0]) ?? [];
    list.push(entry);
    index.set(entry.tokens[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

function compileVariants(data: TRedFlagData): Map<string, string> {
  const variants = new Map<string, string>();
  for (const [canonical, list] of Object.entries(data.tokenVariants)) {
    for (const variant of list) {
      if (variant === canonical) throw new Error(`triage lexicon: variant equals canonical '${canonical}'`);
      variants.set(variant, canonical);
    }
  }
  return variants;
}

function compileFindings(data: TRedFlagData, variants: ReadonlyMap<string, string>): TIndexedPhrase<string>[] {
  const entries: TIndexedPhrase<string>[] = [];
  const seen = new Set<string>();
  const add = (phrase: string, group: string) => {
    const tokens = phraseTokens(phrase, variants);
    const key = `${group}|${tokens.join(" ")}`;
    if (seen.has(key)) return; // e.g. "nappies" and "diapers" collapse to one entry
    seen.add(key);
    entries.push({ tokens, payload: group });
  };
  for (const category of data.categories) {
    for (const flag of category.flags) {
      for (const phrase of flag.phrases) add(phrase, flag.code);
      for (const phrase of flag.requiresAlso ?? []) add(phrase, requiresAlsoGroup(flag.code));
    }
  }
  for (const phrase of data.contextTerms.fever) add(phrase, FEVER_GROUP);
  for (const phrase of data.nonFindingPhrases.phrases) add(phrase, NON_FINDING_GROUP);
  return entries;
}

function compileTriggers(
  data: TNegationData,
  variants: ReadonlyMap<string, string>,
): Map<string, TIndexedPhrase<ReadonlySet<TTriggerKind>>[]> {
  const { negex, patientLanguage: patient, context } = data;
  const relativeTriggers = context.experiencerRelatives.flatMap((relative) =>
    context.experiencerRelativeVerbs.map((verb) => `${relative} ${verb}`),
  );
  const lists: Array<[TTriggerKind, readonly string[]]> = [
    ["pseudo", [...negex.pseudoNegation, ...patient.pseudoNegation, ...data.affirmingPhrasesContainingNegationWords]],
    ["negPre", [...negex.preNegation, ...patient.preNegation]],
    ["negPost", [...negex.postNegation, ...patient.postNegation]],
    ["possPre", [...negex.prePossibility, ...patient.possibilityPre]],
    ["possPost", negex.postPossibility],
    ["term", [...negex.termination, ...patient.termination]],
    ["affirmTerm", context.affirmationTermination],
    ["hypoPre", context.hypotheticalPre],
    ["histPre", context.historicalPre],
    ["histPost", context.historicalPost],
    ["histTerm", context.historicalTermination],
    ["famPre", [...context.experiencerPre, ...relativeTriggers]],
    ["famPost", context.experiencerPost],
    ["famTerm", context.experiencerTermination],
  ];
  const byPhrase = new Map<string, { tokens: string[]; kinds: Set<TTriggerKind> }>();
  for (const [kind, phrases] of lists) {
    for (const phrase of phrases) {
      const tokens = phraseTokens(phrase, variants);
      if (tokens.length === 0) continue;
      const key = tokens.join(" ");
      const entry = byPhrase.get(key) ?? { tokens, kinds: new Set<TTriggerKind>() };
      entry.kinds.add(kind);
      byPhrase.set(key, entry);
    }
  }
  // A pseudo-negation is by definition not a negation: it wins over a
  // negation reading of the same words (NegEx marks pseudo triggers first).
  for (const entry of byPhrase.values()) {
    if (entry.kinds.has("pseudo")) {
      entry.kinds.delete("negPre");
      entry.kinds.delete("negPost");
    }
  }
  return buildIndex<ReadonlySet<TTriggerKind>>([...byPhrase.values()].map(({ tokens, kinds }) => ({ tokens, payload: kinds })));
}

/** Compile the bundled vocabularies into lookup tables. */
export function compileLexicon(negation: TNegationData, redFlags: TRedFlagData): TLexicon {
  const variants = compileVariants(redFlags);
  const findingEntries = compileFindings(redFlags, variants);
  const triggers = compileTriggers(negation, variants);
  const stopWords = new Set<string>(redFlags.fuzzyStopWords.map((w) => w.toLowerCase()));
  const starts = new Map<string, Set<string>>();
  for (const { tokens } of findingEntries) {
    for (const token of tokens) stopWords.add(token);
    const first = tokens[0];
    if (tokens.length > 1 && first.length >= 5 && /^\p{L}+$/u.test(first)) {
      const set = starts.get(first[0]) ?? new Set<string>();
      set.add(first);
      starts.set(first[0], set);
    }
  }
  for (const list of triggers.values()) for (const { tokens } of list) for (const t of tokens) stopWords.add(t);
  const singleWordKinds = new Map<string, ReadonlySet<TTriggerKind>>();
  for (const [word, list] of triggers) {
    const single = list.find((entry) => entry.tokens.length === 1);
    if (single) singleWordKinds.set(word, single.payload);
  }
  return {
    variants,
    findings: buildIndex(findingEntries),
    triggers,
    singleWordKinds,
    fuzzyStarts: new Map([...starts].map(([letter, set]) => [letter, [...set]])),
    fuzzyStopWords: stopWords,
    preWindow: negation.scope.preWindowTokens,
    postWindow: negation.scope.postWindowTokens,
  };
}

/** The lexicon compiled from the bundled data (built once per process). */
export const LEXICON: TLexicon = compileLexicon(NEGATION_DATA, RED_FLAG_DATA);
