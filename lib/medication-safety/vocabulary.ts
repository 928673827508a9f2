/**
 * The drug-name vocabulary, built once at module load from the bundled JSON data:
 * brand and synonym maps, combination products, RxNorm ingredient RxCUIs and the set of
 * every generic name that any rule mentions. Sources: see data/drug-names.json SOURCES
 * (FDA Orange Book / DailyMed listings, RxNorm BN->IN relations) and
 * data/ddi-high-priority.json `rxnormIngredientRxcui` (RxNorm, NLM).
 */
import ddi from "./data/ddi-high-priority.json";
import names from "./data/drug-names.json";
import allergy from "./data/allergy-cross-reactivity.json";
import doses from "./data/dose-limits.json";
import therapeutic from "./data/therapeutic-classes.json";

/** Lower-case key -> display spelling ("penicillin v" -> "penicillin V"). */
const display = new Map<string, string>();
/** Every known generic (ingredient or combination product), lower-case. */
export const GENERICS = new Set<string>();

function addGeneric(name: string): string {
  const clean = name.replace(/\s*\(.*?\)\s*/g, "").trim();
  const key = clean.toLowerCase();
  if (!key) return key;
  if (!display.has(key)) display.set(key, clean);
  GENERICS.add(key);
  return key;
}

/** Brand (lower-case) -> generic key. */
export const BRANDS = new Map<string, string>();
/** Synonym / abbreviation / INN spelling (lower-case) -> generic key. */
export const SYNONYMS = new Map<string, string>();
/** Combination product key -> ingredient keys. */
export const COMBINATIONS = new Map<string, string[]>();
/** Ingredient key -> RxNorm RxCUI. */
export const RXCUI = new Map<string, number>();

for (const [brand, generic] of Object.entries(names.brands)) BRANDS.set(brand.toLowerCase(), addGeneric(generic));
for (const [syn, generic] of Object.entries(names.synonyms)) SYNONYMS.set(syn.toLowerCase(), addGeneric(generic));
for (const [combo, parts] of Object.entries(names.combinations)) COMBINATIONS.set(addGeneric(combo), parts.map(addGeneric));
for (const [ing, cui] of Object.entries(ddi.rxnormIngredientRxcui)) RXCUI.set(addGeneric(ing), cui);

type Side = { drug?: string; drugs?: string[]; examples?: string[] };
const ruleLists = [ddi.oncHighPriority, ddi.additionalContraindicated, ddi.major, ddi.localAdditions, ddi.nonInterruptive];
for (const list of ruleLists) {
  for (const rule of list as { a: Side; b: Side }[]) {
    for (const side of [rule.a, rule.b]) {
      for (const n of [side.drug, ...(side.drugs ?? []), ...(side.examples ?? [])]) if (n) addGeneric(n);
    }
  }
}
for (const cls of Object.values(ddi.classes) as Record<string, unknown>[]) {
  for (const value of Object.values(cls)) if (Array.isArray(value)) value.forEach((n) => addGeneric(String(n)));
}
for (const cls of allergy.classes as { members: string[]; combinationProducts?: string[] }[]) {
  [...cls.members, ...(cls.combinationProducts ?? [])].forEach(addGeneric);
}
for (const [key, list] of Object.entries(allergy.penicillinCephalosporinSideChains)) {
  if (!Array.isArray(list)) continue; // the "note" entry
  list.forEach(addGeneric);
  if (!key.includes("_")) addGeneric(key); // "amoxicillin_or_ampicillin_combined" is a group, not a drug
}
for (const rule of doses.rules as { drug?: string; drugs?: string[]; alsoDrugs?: string[] }[]) {
  [rule.drug, ...(rule.drugs ?? []), ...(rule.alsoDrugs ?? [])].forEach((n) => n && addGeneric(n));
}
for (const cls of therapeutic.classes as { members?: string[]; extraMembers?: string[] }[]) {
  [...(cls.members ?? []), ...(cls.extraMembers ?? [])].forEach(addGeneric);
}

// Any generic written "a/b" that names.combinations does not list (e.g. an NI-30 example) is
// still a combination: split it so each ingredient is checked on its own.
for (const key of [...GENERICS]) {
  if (key.includes("/") && !COMBINATIONS.has(key)) COMBINATIONS.set(key, key.split("/").map((p) => addGeneric(p)));
}

/** Display spelling of a generic key. */
export function displayName(key: string): string {
  return display.get(key) ?? key;
}

/** Ingredient keys of a generic key (itself for single-ingredient drugs). */
export function ingredientsOf(key: string): string[] {
  return COMBINATIONS.get(key) ?? [key];
}

/** Every name a user may type (generic, brand, synonym), for spelling correction. */
export const SPELLING_TARGETS: ReadonlyMap<string, string> = new Map<string, string>([
  ...[...GENERICS].map((g) => [g, g] as [string, string]),
  ...BRANDS,
  ...SYNONYMS,
]);

const norm = names.normalization;
export const SALT_WORDS = new Set(norm.saltWords);
export const FORM_WORDS = new Set(norm.doseFormWords);
export const SIG_WORDS = new Set(norm.sigWords);
export const NO_MEDICATION_TERMS = new Set(norm.noMedicationTerms);
