/**
 * Duplicate therapy: the same ingredient twice (Tylenol + Percocet), or two different drugs
 * of one therapeutic class (two NSAIDs, two SSRIs, two ACE inhibitors), with at least one of
 * them proposed. Not blocking unless the class says so (data/therapeutic-classes.json).
 */
import { THERAPEUTIC_CLASSES, THERAPEUTIC_CLASSES_BY_INGREDIENT, type TherapeuticClass } from "./drug-classes";
import { displayName } from "./vocabulary";
import type { Med } from "./types";
import type { TDuplicateTherapy } from "../schemas/medication-safety";

const unique = (items: string[]) => [...new Set(items)];

function sameIngredient(meds: readonly Med[]): TDuplicateTherapy[] {
  const byIngredient = new Map<string, Med[]>();
  for (const med of meds) {
    for (const key of med.drug.keys.slice(med.drug.ingredients.length > 1 ? 1 : 0)) {
      byIngredient.set(key, [...(byIngredient.get(key) ?? []), med]);
    }
  }
  const out: TDuplicateTherapy[] = [];
  for (const [key, group] of byIngredient) {
    if (group.length < 2 || !group.some((m) => m.list === "proposed")) continue;
    const name = displayName(key);
    const drugs = unique(group.map((m) => m.drug.name));
    out.push({
      id: `dup:same-ingredient:${name}`,
      drugs,
      class: `same-ingredient:${name}`,
      classLabel: `Same ingredient: ${name}`,
      message: `${name} is in ${group.length} entries (${group.map((m) => `${m.drug.input} [${m.list}]`).join(", ")}); count the total dose.`,
      blocking: false,
    });
  }
  return out;
}

function sameClass(meds: readonly Med[]): TDuplicateTherapy[] {
  // Class -> ingredient -> entries, so Advil + ibuprofen is one ingredient (reported above), not two drugs.
  const byClass = new Map<TherapeuticClass, Map<string, Med[]>>();
  for (const med of meds) {
    for (const ing of med.drug.ingredients) {
      const key = ing.name.toLowerCase();
      for (const cls of THERAPEUTIC_CLASSES_BY_INGREDIENT.get(key) ?? []) {
        const members = byClass.get(cls) ?? new Map<string, Med[]>();
        members.set(key, [...(members.get(key) ?? []), med]);
        byClass.set(cls, members);
      }
    }
  }
  const out: TDuplicateTherapy[] = [];
  for (const cls of THERAPEUTIC_CLASSES) {
    const members = byClass.get(cls);
    if (!members || members.size < 2) continue;
    const involved = [...members.values()].flat();
    if (!involved.some((m) => m.list === "proposed")) continue;
    // A single combination product (amphetamine/dextroamphetamine) is not a duplicate of itself.
    if (unique(involved.map((m) => m.drug.name)).length < 2) continue;
    const drugs = [...members.keys()].map(displayName);
    out.push({
      id: `dup:${cls.id}`,
      drugs,
      class: cls.id,
      classLabel: cls.label,
      message: `${drugs.join(" and ")} are both ${cls.label}: check that both are intended.`,
      blocking: cls.blocking,
    });
  }
  return out;
}

/** Duplicate-therapy findings across proposed and current (at least one proposed). */
export function checkDuplicateTherapy(proposed: readonly Med[], current: readonly Med[]): TDuplicateTherapy[] {
  const meds = [...proposed, ...current].filter((m) => m.drug.known);
  return [...sameIngredient(meds), ...sameClass(meds)];
}
