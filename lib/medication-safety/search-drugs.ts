/**
 * Autocomplete over the bundled vocabulary: generic names with their brands, synonyms and
 * class labels, ranked by how the query matches (exact > prefix > word prefix; generic
 * before brand). The index is built once at module load.
 */
import { classLabelsOf } from "./drug-classes";
import { cleanDrugText } from "./normalize-drug-name";
import { BRANDS, GENERICS, RXCUI, SYNONYMS, displayName, ingredientsOf } from "./vocabulary";

/** One autocomplete suggestion. */
export interface DrugSearchResult {
  /** Generic name (combination products as "a/b"). */
  name: string;
  brands: string[];
  synonyms: string[];
  classes: string[];
  ingredients: { name: string; rxcui: number | null }[];
  /** The text that matched the query and what kind of name it is. */
  matched: { text: string; kind: "generic" | "brand" | "synonym" };
}

type Entry = { text: string; words: string[]; kind: DrugSearchResult["matched"]["kind"]; generic: string };

const entries: Entry[] = [];
const brandsOf = new Map<string, string[]>();
const synonymsOf = new Map<string, string[]>();
const push = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
const words = (text: string) => text.split(/[\s/-]+/).filter(Boolean);

for (const g of GENERICS) entries.push({ text: g, words: words(g), kind: "generic", generic: g });
for (const [b, g] of BRANDS) {
  entries.push({ text: b, words: words(b), kind: "brand", generic: g });
  push(brandsOf, g, b);
}
for (const [s, g] of SYNONYMS) {
  entries.push({ text: s, words: words(s), kind: "synonym", generic: g });
  push(synonymsOf, g, s);
}

for (const list of [...brandsOf.values(), ...synonymsOf.values()]) list.sort();

const KIND_ORDER = { generic: 0, brand: 1, synonym: 2 } as const;

function rank(entry: Entry, query: string): number | undefined {
  let base: number;
  if (entry.text === query) base = 0;
  else if (entry.text.startsWith(query)) base = 3;
  else if (entry.words.some((w) => w.startsWith(query))) base = 6;
  else return undefined;
  return base + KIND_ORDER[entry.kind];
}

/**
 * Search generic and brand names for autocomplete.
 * @param query what the user typed (case and spacing ignored); empty -> []
 * @param limit maximum results (1..50, default 10)
 * @returns generics ranked by match quality, then alphabetically; one row per generic
 */
export function searchDrugs(query: string, limit = 10): DrugSearchResult[] {
  const q = cleanDrugText(query);
  if (!q) return [];
  const max = Math.min(Math.max(Number.isFinite(limit) ? Math.trunc(limit) : 10, 1), 50);
  const best = new Map<string, { score: number; entry: Entry }>();
  for (const entry of entries) {
    const score = rank(entry, q);
    if (score === undefined) continue;
    const seen = best.get(entry.generic);
    if (!seen || score < seen.score) best.set(entry.generic, { score, entry });
  }
  return [...best.values()]
    .sort((x, y) => x.score - y.score || x.entry.generic.localeCompare(y.entry.generic))
    .slice(0, max)
    .map(({ entry }) => {
      const ingredients = ingredientsOf(entry.generic);
      return {
        name: entry.generic.split("/").map(displayName).join("/"),
        brands: [...(brandsOf.get(entry.generic) ?? [])],
        synonyms: [...(synonymsOf.get(entry.generic) ?? [])],
        classes: classLabelsOf(ingredients),
        ingredients: ingredients.map((i) => ({ name: displayName(i), rxcui: RXCUI.get(i) ?? null })),
        matched: { text: entry.text, kind: entry.kind },
      };
    });
}
