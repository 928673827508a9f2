/**
 * Allergy knowledge compiled once at load from data/allergy-cross-reactivity.json:
 * patient terms -> allergy classes, cross-reactivity rules with machine-readable levels,
 * penicillin/cephalosporin R1 side-chain groups, and the reaction words that signal
 * intolerance or a severe reaction. Sources: Khan DA et al., Drug allergy: a 2022 practice
 * parameter update, J Allergy Clin Immunol 2022;150:1333-93; Strom BL et al., NEJM
 * 2003;349:1628-35 (no sulfonamide antibiotic/non-antibiotic cross-reactivity); Pichichero ME,
 * J Fam Pract 2006;55:106-12 (side chains); FDA class labeling.
 */
import allergy from "./data/allergy-cross-reactivity.json";
import { ALLERGY_CLASSES } from "./drug-classes";

export type Level = "block" | "warn" | "none";
export const LEVEL_RANK: Record<Level, number> = { none: 0, warn: 1, block: 2 };
export const maxLevel = (a: Level, b: Level): Level => (LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b);

type RuleData = {
  id: string;
  allergyClass?: string;
  drugClass?: string;
  allergyDrug?: string;
  drug?: string;
  risk?: string;
  level?: string;
  levelIfSevere?: string;
  levelIfSideChainShared?: string;
  exceptions?: { drug: string; level?: string; note?: string }[];
  source: string;
};

export interface CrossReactivityRule {
  id: string;
  /** Allergen side: an allergy class id or a single drug key. */
  allergyClass?: string;
  allergyDrug?: string;
  /** Drug side: members of a class, or a single drug key. */
  drugs: Set<string>;
  level: Level;
  levelIfSevere?: Level;
  levelIfSideChainShared?: Level;
  exceptions: Map<string, Level>;
  risk: string;
  source: string;
}

const asLevel = (value: string | undefined, id: string): Level | undefined => {
  if (value === undefined) return undefined;
  if (value !== "block" && value !== "warn" && value !== "none") throw new Error(`allergy rule ${id}: bad level ${value}`);
  return value;
};

function compile(rule: RuleData): CrossReactivityRule | undefined {
  const level = asLevel(rule.level, rule.id);
  // Rules without a level (XR-09, XR-16, XR-17) are interpretations, applied through the
  // term lists (sulfa = sulfonamide antibiotic; shellfish, iodine, egg are not drug allergens).
  if (!level) return undefined;
  const drugs = rule.drugClass ? ALLERGY_CLASSES.get(rule.drugClass) : new Set([rule.drug!.toLowerCase()]);
  if (!drugs || (rule.allergyClass && !ALLERGY_CLASSES.has(rule.allergyClass))) throw new Error(`allergy rule ${rule.id}: unknown class`);
  return {
    id: rule.id,
    allergyClass: rule.allergyClass,
    allergyDrug: rule.allergyDrug?.toLowerCase(),
    drugs,
    level,
    levelIfSevere: asLevel(rule.levelIfSevere, rule.id),
    levelIfSideChainShared: asLevel(rule.levelIfSideChainShared, rule.id),
    exceptions: new Map((rule.exceptions ?? []).map((e) => [e.drug.toLowerCase(), asLevel(e.level, rule.id) ?? level])),
    risk: rule.risk ?? "not stated",
    source: rule.source,
  };
}

/** Cross-reactivity rules with a level, in data order. */
export const CROSS_REACTIVITY_RULES: readonly CrossReactivityRule[] = (allergy.rules as RuleData[])
  .map(compile)
  .filter((r): r is CrossReactivityRule => r !== undefined);

/** Patient term ("pcn", "sulfa", "nsaids") -> allergy class ids. */
export const TERM_CLASSES = new Map<string, string[]>();
for (const cls of allergy.classes as { id: string; allergyTerms?: string[] }[]) {
  for (const term of cls.allergyTerms ?? []) TERM_CLASSES.set(term, [...(TERM_CLASSES.get(term) ?? []), cls.id]);
}

/** Drug key -> allergy classes it belongs to (members and listed combination products). */
export function allergyClassesOf(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const [id, members] of ALLERGY_CLASSES) if (keys.some((k) => members.has(k))) out.push(id);
  return out;
}

/**
 * Pairs of drugs sharing an identical or similar R1 side chain, both directions, from
 * `penicillinCephalosporinSideChains`. A key like "amoxicillin_or_ampicillin_combined" names
 * the culprits its list applies to; "(similar)" annotations are dropped.
 */
const SIDE_CHAIN_PAIRS = new Set<string>();
for (const [key, list] of Object.entries(allergy.penicillinCephalosporinSideChains)) {
  if (!Array.isArray(list)) continue;
  const culprits = key.replace(/_combined$/, "").split("_or_");
  const related = list.map((d) => d.replace(/\(.*?\)/g, "").trim().toLowerCase());
  for (const c of culprits) {
    for (const r of related) {
      SIDE_CHAIN_PAIRS.add(`${c.toLowerCase()}|${r}`);
      SIDE_CHAIN_PAIRS.add(`${r}|${c.toLowerCase()}`);
    }
  }
}

/** True when any allergen ingredient shares an R1 side chain with any drug ingredient. */
export function sharesSideChain(allergenKeys: readonly string[], drugKeys: readonly string[]): boolean {
  return allergenKeys.some((a) => drugKeys.some((d) => SIDE_CHAIN_PAIRS.has(`${a}|${d}`)));
}

/** Whole-word, case-insensitive matcher for a list of phrases. */
function phraseMatcher(phrases: readonly string[]): RegExp {
  const escaped = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&"));
  return new RegExp(`(^|[^a-z])(${escaped.join("|")})(?=$|[^a-z])`, "i");
}

export const INTOLERANCE_TERMS = phraseMatcher(allergy.intoleranceTerms);
export const SEVERE_REACTION_TERMS = phraseMatcher(allergy.severeReactionTerms);
export const NON_DRUG_ALLERGENS = new Set(allergy.nonDrugAllergenTerms);
export const NO_KNOWN_ALLERGY_TERMS = new Set(allergy.noKnownAllergyTerms);
