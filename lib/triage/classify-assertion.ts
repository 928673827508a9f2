/**
 * NegEx-style assertion status of a finding (Chapman et al., J Biomed Inform
 * 2001;34:301-10), extended with ConText's hypothetical, historical and
 * "other experiencer" scopes (Harkema et al., J Biomed Inform 2009;42:839-51).
 * Trigger lists live in data/negation-triggers.json.
 *
 * Safety bias: when in doubt a finding stays affirmed. A wrongly negated red
 * flag hides an emergency; a wrongly affirmed one costs a clinician a look.
 */
import { YEAR_PLACEHOLDER, type TLexicon, type TTriggerKind } from "./compile-lexicon";
import type { TToken } from "./tokenize-text";

export type TAssertion = "affirmed" | "possible" | "negated" | "family" | "historical" | "hypothetical";

export interface TTriggerHit {
  start: number;
  end: number;
  kinds: ReadonlySet<TTriggerKind>;
}

export interface TSpan {
  start: number;
  end: number;
}

const YEAR_RE = /^(19|20)\d\d$/;
/** Bare answers that negate the finding they follow in checklist-style text ("Chest pain? No."). */
const NEGATIVE_ANSWERS = new Set(["no", "none", "nope", "negative", "denies", "denied", "never"]);
/** A new first-person subject after "if" starts the main clause: "if I walk I get chest pain" is real. */
const FIRST_PERSON = new Set(["i", "i'm", "i've"]);

function tokenMatches(token: TToken, expected: string): boolean {
  return expected === YEAR_PLACEHOLDER ? YEAR_RE.test(token.norm) : token.norm === expected;
}

/**
 * Scan triggers left to right, longest match first. A matched trigger consumes
 * its tokens, so a pseudo-negation ("not only", "no change") hides the
 * shorter negation it contains.
 */
export function findTriggers(tokens: readonly TToken[], lexicon: TLexicon): TTriggerHit[] {
  const hits: TTriggerHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = [
      ...(lexicon.triggers.get(tokens[i].norm) ?? []),
      ...(YEAR_RE.test(tokens[i].norm) ? (lexicon.triggers.get(YEAR_PLACEHOLDER) ?? []) : []),
    ];
    let best: TTriggerHit | null = null;
    for (const trigger of candidates) {
      const end = i + trigger.tokens.length;
      if (end > tokens.length || (best && end <= best.end)) continue;
      let ok = true;
      for (let j = 0; j < trigger.tokens.length && ok; j += 1) {
        const token = tokens[i + j];
        ok = token.clause === tokens[i].clause && (j === 0 || !token.commaBefore) && tokenMatches(token, trigger.tokens[j]);
      }
      if (ok) best = { start: i, end, kinds: trigger.payload };
    }
    if (best) {
      hits.push(best);
      i = best.end;
    } else {
      i += 1;
    }
  }
  return hits;
}

interface TScopeRule {
  kind: TTriggerKind;
  /** Trigger kinds that end this scope when they sit between trigger and finding. */
  blockers: readonly TTriggerKind[];
  /** Stop at a comma (everything except negation/possibility pre-scopes, which cover lists). */
  stopAtComma: boolean;
  stopAtNewSubject?: boolean;
}

const NEG_BLOCKERS: readonly TTriggerKind[] = ["term", "affirmTerm"];
const RULES: Readonly<Record<Exclude<TAssertion, "affirmed">, readonly TScopeRule[]>> = {
  negated: [
    { kind: "negPre", blockers: NEG_BLOCKERS, stopAtComma: false },
    { kind: "negPost", blockers: NEG_BLOCKERS, stopAtComma: true },
  ],
  family: [
    { kind: "famPre", blockers: ["term", "famTerm"], stopAtComma: true },
    { kind: "famPost", blockers: ["term", "famTerm"], stopAtComma: true },
  ],
  historical: [
    { kind: "histPre", blockers: ["term", "histTerm"], stopAtComma: true },
    { kind: "histPost", blockers: ["term", "histTerm"], stopAtComma: true },
  ],
  hypothetical: [{ kind: "hypoPre", blockers: ["term"], stopAtComma: true, stopAtNewSubject: true }],
  possible: [
    { kind: "possPre", blockers: NEG_BLOCKERS, stopAtComma: false },
    { kind: "possPost", blockers: NEG_BLOCKERS, stopAtComma: true },
  ],
};
/** Precedence when several scopes cover one finding. */
const PRECEDENCE = ["negated", "family", "historical", "hypothetical", "possible"] as const;

function isPre(kind: TTriggerKind): boolean {
  return kind.endsWith("Pre");
}

function scopeApplies(
  hit: TTriggerHit,
  rule: TScopeRule,
  span: TSpan,
  tokens: readonly TToken[],
  hits: readonly TTriggerHit[],
  lexicon: TLexicon,
): boolean {
  const pre = isPre(rule.kind);
  // The gap between trigger and finding, as a token range [from, to).
  const from = pre ? hit.end : span.end;
  const to = pre ? span.start : hit.start;
  if (to < from || to - from > (pre ? lexicon.preWindow : lexicon.postWindow)) return false;
  if (tokens[pre ? hit.end - 1 : span.end - 1].clause !== tokens[pre ? span.start : hit.start].clause) return false;
  const blocked = hits.some(
    (other) => other.start >= from && other.end <= to && rule.blockers.some((kind) => other.kinds.has(kind)),
  );
  if (blocked) return false;
  // tokens[k].commaBefore marks a comma just before token k, so [from, to]
  // covers every comma between the trigger and the finding.
  for (let k = from; k <= to; k += 1) {
    if (rule.stopAtComma && tokens[k].commaBefore) return false;
    const wordKinds = k < to ? lexicon.singleWordKinds.get(tokens[k].norm) : undefined;
    if (wordKinds && rule.blockers.some((kind) => wordKinds.has(kind))) return false;
    if (rule.stopAtNewSubject && k > from && k < to && FIRST_PERSON.has(tokens[k].norm)) return false;
  }
  return true;
}

/**
 * Checklist answers: the finding is followed by "?", ":" or " - " and then a
 * bare negative word that ends its clause ("Chest pain? No.", "Fever: none",
 * "SOB - no,"). "Chest pain? No idea why" is not an answer.
 */
function isNegativeAnswer(tokens: readonly TToken[], span: TSpan): boolean {
  const answer = tokens[span.end];
  if (!answer || !answer.answerBefore || !NEGATIVE_ANSWERS.has(answer.norm)) return false;
  const next = tokens[span.end + 1];
  return !next || next.clause !== answer.clause || next.commaBefore || next.answerBefore;
}

/**
 * Assertion status of the finding at token `span`, given the trigger hits of
 * the same text. Triggers overlapping the finding are ignored, so a phrase
 * that itself contains a negation word ("can't stop bleeding", "no reason to
 * live", "never had a headache like this") stays affirmed.
 */
export function classifyAssertion(
  tokens: readonly TToken[],
  hits: readonly TTriggerHit[],
  span: TSpan,
  lexicon: TLexicon,
): TAssertion {
  if (isNegativeAnswer(tokens, span)) return "negated";
  const outside = hits.filter((hit) => hit.end <= span.start || hit.start >= span.end);
  for (const status of PRECEDENCE) {
    for (const rule of RULES[status]) {
      const applies = outside.some(
        (hit) => hit.kinds.has(rule.kind) && scopeApplies(hit, rule, span, tokens, outside, lexicon),
      );
      if (applies) return status;
    }
  }
  return "affirmed";
}
