/**
 * Free-text drug name -> generic ingredient(s), following the pipeline in
 * data/drug-names.json `normalization.steps` (shared clinical-reference README, "Drug matching
 * pipeline"): clean, strip strength/frequency words, look up brand/synonym/generic, strip
 * form words, strip salt words, expand combinations, and only then try spelling correction.
 * Unknown names stay unknown: the caller must never treat them as safe.
 */
import { classLabelsOf } from "./drug-classes";
import { correctSpelling } from "./spelling";
import { BRANDS, FORM_WORDS, GENERICS, NO_MEDICATION_TERMS, RXCUI, SALT_WORDS, SIG_WORDS, SYNONYMS, displayName, ingredientsOf } from "./vocabulary";
import type { TNormalizedMedication } from "../schemas/medication-safety";

export type NormalizedDrugName = Pick<
  TNormalizedMedication,
  "input" | "name" | "known" | "matchedBy" | "correctedFrom" | "suggestions" | "ingredients" | "classes"
> & {
  /** Lower-case product key plus ingredient keys: what the rule indexes match on. */
  keys: string[];
};

type Hit = { key: string; matchedBy: "generic" | "brand" | "synonym" | "combination" };

/** Lower-case, drop bracketed text, turn commas into spaces, collapse whitespace. */
export function cleanDrugText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/[,;]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True for entries such as "none" or "no medications" in a medication list. */
export function isNoMedicationEntry(text: string): boolean {
  return NO_MEDICATION_TERMS.has(cleanDrugText(text));
}

// A strength or count token: "40", "40mg", "0.4mg", "#3", "800/160", "5mg/5ml", "2x".
const STRENGTH = /^[#~]?\.?\d/;
const UNIT_PER = /^(mg|mcg|g|ml|units?)\/\w+$/;
const SIG_CODE = /^q\d+(h|hr|hrs)?$/;

function lookup(text: string): Hit | undefined {
  const brand = BRANDS.get(text);
  if (brand) return { key: brand, matchedBy: "brand" };
  const synonym = SYNONYMS.get(text);
  if (synonym) return { key: synonym, matchedBy: "synonym" };
  if (GENERICS.has(text)) return { key: text, matchedBy: "generic" };
  return undefined;
}

/** The successively stripped forms of a cleaned name, most literal first. */
function stages(cleaned: string): string[] {
  const tokens = cleaned.split(" ");
  const noSig = tokens.filter((t) => !STRENGTH.test(t) && !UNIT_PER.test(t) && !SIG_CODE.test(t) && !SIG_WORDS.has(t));
  const noForm = noSig.filter((t) => !FORM_WORDS.has(t));
  // Salt words are only dropped after the first word: "potassium chloride" stays a drug.
  const noSalt = noForm.filter((t, i) => i === 0 || !SALT_WORDS.has(t));
  return [...new Set([cleaned, noSig.join(" "), noForm.join(" "), noSalt.join(" ")])].filter(Boolean);
}

function resolveExact(cleaned: string): Hit | undefined {
  for (const stage of stages(cleaned)) {
    const hit = lookup(stage);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * "sulfamethoxazole and trimethoprim", "hydrocodone-acetaminophen", "Zithromax Z-Pak": every
 * part must resolve; parts naming one drug collapse to it, different drugs form a combination.
 */
function resolveCombination(cleaned: string): Hit | undefined {
  const last = stages(cleaned).at(-1) ?? cleaned;
  for (const separator of [/\s*\/\s*|\s*\+\s*|\s+and\s+|\s+with\s+/, /-/, /\s+/]) {
    const parts = last.split(separator).filter(Boolean);
    if (parts.length < 2) continue;
    const hits = parts.map(resolveExact);
    if (!hits.every(Boolean)) continue;
    const ingredients = [...new Set(hits.flatMap((h) => ingredientsOf(h!.key)))];
    if (ingredients.length === 1) return hits[0];
    return { key: ingredients.join("/"), matchedBy: "combination" };
  }
  return undefined;
}

function build(input: string, key: string, matchedBy: NormalizedDrugName["matchedBy"], correctedFrom?: string): NormalizedDrugName {
  const ingredients = key.includes("/") && !GENERICS.has(key) ? key.split("/") : ingredientsOf(key);
  const keys = [...new Set([key, ...ingredients])];
  return {
    input,
    name: key.split("/").map(displayName).join("/"),
    known: true,
    matchedBy,
    ...(correctedFrom ? { correctedFrom } : {}),
    ingredients: ingredients.map((i) => ({ name: displayName(i), rxcui: RXCUI.get(i) ?? null })),
    classes: classLabelsOf(ingredients),
    keys,
  };
}

function resolve(input: string): NormalizedDrugName {
  const raw = input.toLowerCase().replace(/\s+/g, " ").trim();
  const cleaned = cleanDrugText(input);
  const hit = resolveExact(cleaned) ?? resolveCombination(cleaned);
  if (hit) return build(input, hit.key, hit.matchedBy);
  // "Unknownbrand (simvastatin)": fall back to the bracketed text before guessing spellings.
  for (const inner of raw.match(/\(([^)]*)\)/g) ?? []) {
    const innerHit = resolveExact(cleanDrugText(inner.slice(1, -1)));
    if (innerHit) return build(input, innerHit.key, innerHit.matchedBy);
  }
  const stripped = stages(cleaned).at(-1) ?? cleaned;
  const spelling = correctSpelling(stripped);
  if (spelling.corrected) {
    const target = lookup(spelling.corrected)!;
    return build(input, target.key, "spelling", stripped);
  }
  return {
    input,
    name: stripped || raw,
    known: false,
    matchedBy: "unknown",
    ...(spelling.suggestions.length ? { suggestions: spelling.suggestions } : {}),
    ingredients: [],
    classes: [],
    keys: [],
  };
}

// Normalisation is a pure function of the text, so results are memoised; the bound keeps
// memory flat when callers feed arbitrary text.
const cache = new Map<string, NormalizedDrugName>();
const CACHE_LIMIT = 5000;

/**
 * Normalise one drug name ("Zocor 40 mg tablet daily" -> simvastatin, "Bactrim DS" ->
 * sulfamethoxazole/trimethoprim with both ingredients, "ibuprofin" -> ibuprofen with
 * `correctedFrom`). Unknown names come back with `known: false`.
 */
export function normalizeDrugName(input: string): NormalizedDrugName {
  const cached = cache.get(input);
  if (cached) return cached;
  const result = resolve(input);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(input, result);
  return result;
}
