/**
 * Red flags from free-text symptoms. Phrases come from data/red-flags.json
 * (CDC stroke/heart-attack/sepsis/Hear Her signs, 988 Lifeline/NIMH, AAP and
 * NICE paediatric guidance, project-authored lay phrasings); assertion status
 * from classify-assertion.ts (NegEx/ConText). Only affirmed or "possible"
 * mentions raise a flag; a finding negated in one clause but affirmed in
 * another is affirmed.
 */
import type { TFlagSeverity, TRedFlag } from "../schemas/triage";
import { classifyAssertion, findTriggers, type TAssertion } from "./classify-assertion";
import { FEVER_GROUP, LEXICON, NON_FINDING_GROUP, requiresAlsoGroup, type TLexicon } from "./compile-lexicon";
import { findPhraseMatches } from "./find-phrase-matches";
import { tokenizeText } from "./tokenize-text";
import { RED_FLAG_DATA, type TFlagDefinition, type TFlagWhen, type TRedFlagData } from "./triage-data";

/** Patient context that decides which conditional flags apply. */
export interface TFlagContext {
  ageYears: number;
  pregnant: boolean;
  immunosuppressed: boolean;
  /** Measured temperature >= 38.0 °C (the text can also report fever). */
  measuredFever: boolean;
  /** SBP >= 180 or DBP >= 120 (shared red-flags.json vitalSignRedFlags). */
  severeHypertension: boolean;
}

interface TRaisedMatch {
  group: string;
  symptomIndex: number;
  start: number;
  end: number;
  charStart: number;
  charEnd: number;
  fuzzy: boolean;
  certainty: "affirmed" | "possible";
}

interface TFlagEntry {
  definition: TFlagDefinition;
  category: { id: string; label: string };
  order: number;
}

const SEVERITY_RANK: Readonly<Record<TFlagSeverity, number>> = { moderate: 1, high: 2, critical: 3 };
const RAISE: Readonly<Record<TFlagSeverity, TFlagSeverity>> = { moderate: "high", high: "critical", critical: "critical" };

const FLAG_ENTRIES: ReadonlyMap<string, TFlagEntry> = indexFlags(RED_FLAG_DATA);

function indexFlags(data: TRedFlagData): Map<string, TFlagEntry> {
  const entries = new Map<string, TFlagEntry>();
  for (const category of data.categories) {
    for (const definition of category.flags) {
      if (entries.has(definition.code)) throw new Error(`triage lexicon: duplicate flag code '${definition.code}'`);
      entries.set(definition.code, { definition, category: { id: category.id, label: category.label }, order: entries.size });
    }
  }
  return entries;
}

function raisedMatches(symptoms: readonly string[], lexicon: TLexicon): TRaisedMatch[] {
  const raised: TRaisedMatch[] = [];
  symptoms.forEach((text, symptomIndex) => {
    const tokens = tokenizeText(text, lexicon.variants);
    const matches = findPhraseMatches(tokens, lexicon);
    const nonFindings = matches.filter((m) => m.group === NON_FINDING_GROUP);
    const hits = findTriggers(tokens, lexicon);
    for (const match of matches) {
      if (match.group === NON_FINDING_GROUP) continue;
      if (nonFindings.some((n) => n.start <= match.start && n.end >= match.end)) continue;
      const status: TAssertion = classifyAssertion(tokens, hits, match, lexicon);
      if (status !== "affirmed" && status !== "possible") continue;
      raised.push({
        ...match,
        symptomIndex,
        charStart: tokens[match.start].start,
        charEnd: tokens[match.end - 1].end,
        certainty: status,
      });
    }
  });
  return raised;
}

function whenHolds(when: TFlagWhen | undefined, context: TFlagContext, fever: boolean): boolean {
  if (!when) return true;
  if (when.pregnant && !context.pregnant) return false;
  if (when.immunosuppressed && !context.immunosuppressed) return false;
  if (when.fever && !fever) return false;
  if (when.severeHypertension && !context.severeHypertension) return false;
  if (when.minAgeYears !== undefined && context.ageYears < when.minAgeYears) return false;
  if (when.maxAgeYears !== undefined && context.ageYears >= when.maxAgeYears) return false;
  return true;
}

function contains(outer: TRaisedMatch, inner: TRaisedMatch): boolean {
  return outer.symptomIndex === inner.symptomIndex && outer.start <= inner.start && outer.end >= inner.end;
}

/**
 * Red flags raised by `symptoms` for this patient context, most severe first.
 * Each flag cites the exact text span (symptom index and character offsets)
 * of its first affirmed mention.
 */
export function findRedFlags(symptoms: readonly string[], context: TFlagContext, lexicon: TLexicon = LEXICON): TRedFlag[] {
  const raised = raisedMatches(symptoms, lexicon);
  const groups = new Set(raised.map((m) => m.group));
  const fever = context.measuredFever || groups.has(FEVER_GROUP);
  const olderAdult = context.ageYears >= RED_FLAG_DATA.vitalSignRules.olderAdultMinAgeYears;

  const severityOf = new Map<string, TFlagSeverity>();
  const candidates = raised.filter((match) => {
    const entry = FLAG_ENTRIES.get(match.group);
    if (!entry) return false;
    const { definition } = entry;
    if (!whenHolds(definition.when, context, fever)) return false;
    if (definition.requiresAlso && !groups.has(requiresAlsoGroup(definition.code))) return false;
    severityOf.set(definition.code, olderAdult && definition.olderAdultRaise ? RAISE[definition.severity] : definition.severity);
    return true;
  });
  const rank = (m: TRaisedMatch) => SEVERITY_RANK[severityOf.get(m.group) ?? "moderate"];

  // A mention inside a longer, at-least-as-severe mention adds nothing:
  // "short of breath at rest" should not also list "short of breath".
  const survivors = candidates.filter(
    (inner) =>
      !candidates.some(
        (outer) =>
          outer !== inner &&
          outer.group !== inner.group &&
          contains(outer, inner) &&
          (outer.end - outer.start > inner.end - inner.start ? rank(outer) >= rank(inner) : rank(outer) > rank(inner)),
      ),
  );

  const byCode = new Map<string, TRaisedMatch>();
  for (const match of survivors) {
    const current = byCode.get(match.group);
    // Prefer an affirmed mention over a hedged one, then the earliest.
    if (!current || (current.certainty === "possible" && match.certainty === "affirmed")) byCode.set(match.group, match);
  }

  return [...byCode.values()]
    .map((match) => {
      const entry = FLAG_ENTRIES.get(match.group) as TFlagEntry;
      const text = symptoms[match.symptomIndex];
      return {
        flag: {
          code: entry.definition.code,
          label: entry.definition.label,
          category: entry.category.id,
          categoryLabel: entry.category.label,
          severity: severityOf.get(match.group) as TFlagSeverity,
          certainty: match.certainty,
          fuzzy: match.fuzzy,
          evidence: {
            text: text.slice(match.charStart, match.charEnd),
            symptomIndex: match.symptomIndex,
            start: match.charStart,
            end: match.charEnd,
          },
        } satisfies TRedFlag,
        order: entry.order,
      };
    })
    .sort((a, b) => SEVERITY_RANK[b.flag.severity] - SEVERITY_RANK[a.flag.severity] || a.order - b.order)
    .map(({ flag }) => flag);
}
