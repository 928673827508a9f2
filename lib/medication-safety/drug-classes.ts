/**
 * Class registries built once at load: interaction classes (data/ddi-high-priority.json,
 * Phansalkar 2012 membership), allergy classes (data/allergy-cross-reactivity.json,
 * AAAAI/ACAAI 2022) and therapeutic classes for duplicate therapy
 * (data/therapeutic-classes.json).
 */
import ddi from "./data/ddi-high-priority.json";
import allergy from "./data/allergy-cross-reactivity.json";
import therapeutic from "./data/therapeutic-classes.json";

const lower = (names: readonly string[]) => new Set(names.map((n) => n.toLowerCase()));

/** Interaction class key -> member keys (the `members` list only; related lists are not members). */
export const DDI_CLASSES = new Map<string, { label: string; members: Set<string> }>(
  Object.entries(ddi.classes as Record<string, { label: string; members: string[] }>).map(([key, c]) => [
    key,
    { label: c.label, members: lower(c.members) },
  ]),
);

/** Allergy class id -> members, including listed combination products. */
export const ALLERGY_CLASSES = new Map<string, Set<string>>(
  (allergy.classes as { id: string; members: string[]; combinationProducts?: string[] }[]).map((c) => [
    c.id,
    lower([...c.members, ...(c.combinationProducts ?? [])]),
  ]),
);

export interface TherapeuticClass {
  id: string;
  label: string;
  members: Set<string>;
  blocking: boolean;
}

type TherapeuticClassData = {
  id: string;
  label: string;
  members?: string[];
  fromDdiClass?: string;
  fromAllergyClass?: string;
  extraMembers?: string[];
  excludeMembers?: string[];
  blocking?: boolean;
};

function resolveTherapeutic(c: TherapeuticClassData): TherapeuticClass {
  const base = c.fromDdiClass
    ? DDI_CLASSES.get(c.fromDdiClass)?.members
    : c.fromAllergyClass
      ? ALLERGY_CLASSES.get(c.fromAllergyClass)
      : lower(c.members ?? []);
  if (!base) throw new Error(`therapeutic class ${c.id}: unknown source class`);
  const members = new Set([...base, ...lower(c.extraMembers ?? [])].filter((m) => !m.includes("/")));
  for (const m of lower(c.excludeMembers ?? [])) members.delete(m);
  return { id: c.id, label: c.label, members, blocking: c.blocking === true };
}

/** Therapeutic classes used for duplicate-therapy detection. */
export const THERAPEUTIC_CLASSES: readonly TherapeuticClass[] = (therapeutic.classes as TherapeuticClassData[]).map(resolveTherapeutic);

/** Ingredient key -> therapeutic classes it belongs to. */
export const THERAPEUTIC_CLASSES_BY_INGREDIENT = new Map<string, TherapeuticClass[]>();
for (const c of THERAPEUTIC_CLASSES) {
  for (const m of c.members) THERAPEUTIC_CLASSES_BY_INGREDIENT.set(m, [...(THERAPEUTIC_CLASSES_BY_INGREDIENT.get(m) ?? []), c]);
}

/** Ingredient key -> display labels of its therapeutic and interaction classes. */
const LABELS = new Map<string, Set<string>>();
function label(key: string, text: string) {
  const set = LABELS.get(key) ?? new Set<string>();
  set.add(text);
  LABELS.set(key, set);
}
for (const c of THERAPEUTIC_CLASSES) for (const m of c.members) label(m, c.label);
for (const c of DDI_CLASSES.values()) for (const m of c.members) label(m, c.label);

/** Sorted, de-duplicated class labels for a set of ingredient keys. */
export function classLabelsOf(keys: readonly string[]): string[] {
  const out = new Set<string>();
  for (const k of keys) for (const l of LABELS.get(k) ?? []) out.add(l);
  return [...out].sort();
}
