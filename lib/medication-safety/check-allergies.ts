/**
 * Allergy check for proposed drugs. A direct match (same ingredient, including inside a
 * combination product) with a true allergy blocks; otherwise the cross-reactivity rules in
 * allergy-rules.ts decide (block / warn / none), raised for a shared R1 side chain or a
 * severe reaction history where the rule says so, and capped at "warn" for intolerances.
 * Sources: Khan DA et al., J Allergy Clin Immunol 2022;150:1333-93 (AAAAI/ACAAI); FDA labeling.
 */
import { CROSS_REACTIVITY_RULES, LEVEL_RANK, maxLevel, sharesSideChain, type CrossReactivityRule, type Level } from "./allergy-rules";
import type { ParsedAllergy } from "./parse-allergy";
import { emptyNotes, type CheckNotes, type Med } from "./types";
import type { TAllergyConflict } from "../schemas/medication-safety";

const DIRECT_SOURCE =
  "Direct re-exposure to the reported allergen (allergy-cross-reactivity.json howToUse; Khan DA et al., J Allergy Clin Immunol 2022)";

function ruleApplies(rule: CrossReactivityRule, allergen: ParsedAllergy, drugKeys: readonly string[]): boolean {
  const allergenSide = rule.allergyClass ? allergen.classIds.includes(rule.allergyClass) : allergen.drugKeys.includes(rule.allergyDrug!);
  return allergenSide && drugKeys.some((k) => rule.drugs.has(k));
}

function levelFor(rule: CrossReactivityRule, allergen: ParsedAllergy, drugKeys: readonly string[]): Level {
  const exception = drugKeys.map((k) => rule.exceptions.get(k)).find(Boolean);
  let level: Level = exception ?? rule.level;
  if (level === "none") return level;
  if (rule.levelIfSideChainShared && sharesSideChain(allergen.drugKeys, drugKeys)) level = maxLevel(level, rule.levelIfSideChainShared);
  if (rule.levelIfSevere && allergen.severe) level = maxLevel(level, rule.levelIfSevere);
  return level;
}

type Match = { level: Level; rule?: CrossReactivityRule };

function strongestMatch(allergen: ParsedAllergy, med: Med): Match | undefined {
  const keys = med.drug.keys;
  if (allergen.drugKeys.some((k) => keys.includes(k))) return { level: "block" };
  let best: Match | undefined;
  for (const rule of CROSS_REACTIVITY_RULES) {
    if (!ruleApplies(rule, allergen, keys)) continue;
    const level = levelFor(rule, allergen, keys);
    if (level !== "none" && (!best || LEVEL_RANK[level] > LEVEL_RANK[best.level])) best = { level, rule };
  }
  return best;
}

function conflict(allergen: ParsedAllergy, med: Med, match: Match): TAllergyConflict {
  const drug = med.drug.name;
  // Intolerance is not immune-mediated: it informs, it never blocks.
  const level = allergen.type === "intolerance" && match.level === "block" ? "warn" : match.level;
  const blocking = level === "block";
  const what = allergen.type === "intolerance" ? "Intolerance" : "Allergy";
  const reaction = allergen.reaction ? ` (${allergen.reaction})` : "";
  const message = match.rule
    ? `${what} to ${allergen.label}${reaction}: ${drug} may cross-react (${match.rule.id}, risk: ${match.rule.risk})` +
      (blocking ? "; avoid unless the allergy has been evaluated." : "; use with caution.")
    : `${what} to ${allergen.label}${reaction}: ${drug} contains the same drug.`;
  return {
    id: `allergy:${allergen.label}:${drug}`,
    drug,
    allergen: allergen.label,
    allergenInput: allergen.input,
    kind: match.rule ? "cross-reactivity" : "direct",
    type: allergen.type,
    risk: match.rule?.risk ?? (allergen.type === "intolerance" ? "intolerance to the same drug" : "high (same drug)"),
    ruleId: match.rule?.id ?? "direct",
    source: match.rule?.source ?? DIRECT_SOURCE,
    message,
    blocking,
  };
}

/**
 * Allergy conflicts of the proposed drugs. Unrecognised allergen entries cannot be checked:
 * they are reported in `notes.incomplete` (fail safe), never silently ignored.
 */
export function checkAllergies(proposed: readonly Med[], allergens: readonly ParsedAllergy[]): { conflicts: TAllergyConflict[]; notes: CheckNotes } {
  const notes = emptyNotes();
  for (const a of allergens) {
    if (a.status === "unrecognised") {
      notes.incomplete.push({ check: "allergies", reason: "UNRECOGNISED_ALLERGEN", message: `Allergy "${a.input}" is not a recognised drug or drug class; check it by hand.` });
    }
    if (a.typeConflict) {
      notes.warnings.push({ code: "ALLERGY_TYPE_CONFLICT", message: `"${a.input}" was marked intolerance but describes a severe reaction; treated as an allergy.` });
    }
  }
  const byId = new Map<string, TAllergyConflict>();
  for (const med of proposed) {
    if (!med.drug.known) continue;
    for (const allergen of allergens) {
      if (allergen.status !== "drug") continue;
      const match = strongestMatch(allergen, med);
      if (!match) continue;
      const c = conflict(allergen, med, match);
      const seen = byId.get(c.id);
      if (!seen || (c.blocking && !seen.blocking)) byId.set(c.id, c);
    }
  }
  const conflicts = [...byId.values()].sort((x, y) => Number(y.blocking) - Number(x.blocking) || x.id.localeCompare(y.id));
  return { conflicts, notes };
}
