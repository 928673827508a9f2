/**
 * Scores the knowledge table against what the patient wrote. Phrases are matched on the triage
 * tokenizer's normalised tokens (so "cant sleep" = "can't sleep") and counted only when the
 * triage NegEx classifier does not find them negated ("no shortness of breath" is no evidence of
 * dyspnoea). Each phrase counts once (and not again inside a stronger phrase): strong 3, ordinary 1, against -1.5; a matching consultation
 * type adds 0.5 and some conditions add weight from the vital signs.
 */
import { classifyAssertion, findTriggers, type TTriggerHit } from "../../triage/classify-assertion";
import { LEXICON } from "../../triage/compile-lexicon";
import { tokenizePhrase, tokenizeText, type TToken } from "../../triage/tokenize-text";
import type { AiContext } from "../ai-context";
import type { Condition } from "./condition-types";
import { GENERAL_CONDITIONS } from "./conditions-general";
import { RESPIRATORY_CONDITIONS } from "./conditions-respiratory";
import { SKIN_CONDITIONS } from "./conditions-skin";

export const CONDITIONS: readonly Condition[] = [...RESPIRATORY_CONDITIONS, ...GENERAL_CONDITIONS, ...SKIN_CONDITIONS];

export interface ConditionMatch {
  condition: Condition;
  score: number;
  /** Phrases found (affirmed), strongest first. */
  evidence: string[];
  /** Phrases found that argue against it. */
  against: string[];
}

interface Doc {
  tokens: TToken[];
  hits: TTriggerHit[];
}

const WEIGHT = { strong: 3, phrase: 1, against: -1.5 } as const;
const phraseTokens = new Map<string, string[]>();
const tokensOf = (phrase: string) => {
  let t = phraseTokens.get(phrase);
  if (!t) phraseTokens.set(phrase, (t = tokenizePhrase(phrase)));
  return t;
};
/** Light plural folding so "ears" matches "ear" and "headaches" matches "headache". */
const fold = (t: string) => (t.length > 3 && t.endsWith("s") && !t.endsWith("ss") ? t.slice(0, -1) : t);

/** Phrases that normalise to the same tokens ("can't sleep", "cannot sleep") count once. */
function distinct(phrases: string[]): string[] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = tokensOf(p).map(fold).join(" ");
    return !seen.has(key) && seen.add(key);
  });
}

/** Whether token list `outer` contains `inner` as a contiguous run. */
function contains(outer: string[], inner: string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((t, j) => fold(outer[i + j]!) === fold(t))) return true;
  return false;
}

function isAffirmed(doc: Doc, phrase: string): boolean {
  const want = tokensOf(phrase).map(fold);
  if (want.length === 0) return false;
  for (let i = 0; i + want.length <= doc.tokens.length; i++) {
    if (!want.every((w, j) => fold(doc.tokens[i + j]!.norm) === w)) continue;
    const status = classifyAssertion(doc.tokens, doc.hits, { start: i, end: i + want.length }, LEXICON);
    if (status === "affirmed" || status === "possible" || status === "historical") return true;
  }
  return false;
}

/** The patient's own words: chief complaint, listed symptoms and details. */
export function patientTexts(ctx: AiContext): string[] {
  return [ctx.consultation.chiefComplaint, ...ctx.consultation.symptoms, ...(ctx.consultation.details ? [ctx.consultation.details] : [])];
}

/** Conditions with a positive score, best first (table order breaks ties). */
export function matchConditions(ctx: AiContext): ConditionMatch[] {
  const docs: Doc[] = patientTexts(ctx).map((text) => {
    const tokens = tokenizeText(text);
    return { tokens, hits: findTriggers(tokens, LEXICON) };
  });
  const found = (phrase: string) => docs.some((d) => isAffirmed(d, phrase));
  const pregnant = ctx.patient.pregnancyStatus === "pregnant";
  const out: ConditionMatch[] = [];
  for (const condition of CONDITIONS) {
    if (condition.pregnancyOnly && !pregnant) continue;
    const strong = distinct((condition.strong ?? []).filter(found));
    // A phrase inside a stronger one already found ("throat" in "sore throat") adds nothing.
    const ordinary = distinct(condition.phrases.filter((ph) => found(ph) && !strong.some((st) => contains(tokensOf(st), tokensOf(ph)))));
    const against = distinct((condition.against ?? []).filter(found));
    let score = strong.length * WEIGHT.strong + ordinary.length * WEIGHT.phrase + against.length * WEIGHT.against;
    if (strong.length + ordinary.length === 0) continue;
    if (condition.types?.includes(ctx.consultation.consultationType)) score += 0.5;
    if (condition.vitals && ctx.consultation.vitals) score += condition.vitals(ctx.consultation.vitals);
    if (score > 0) out.push({ condition, score, evidence: [...strong, ...ordinary], against });
  }
  return out.sort((a, b) => b.score - a.score);
}
