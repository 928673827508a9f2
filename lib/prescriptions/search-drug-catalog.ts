/** Drug autocomplete for prescribers: the engine's vocabulary search plus the DEA schedule. */
import { searchDrugs, type DrugSearchResult } from "../medication-safety";
import { controlledScheduleOf, type DeaSchedule } from "./controlled-substances";

export interface DrugCatalogEntry extends DrugSearchResult {
  controlledSubstance: boolean;
  deaSchedule: DeaSchedule | null;
}

/** Up to `limit` suggestions for `query`, ranked by the engine (exact > prefix > word prefix). */
export function searchDrugCatalog(query: string, limit = 10): DrugCatalogEntry[] {
  return searchDrugs(query, limit).map((d) => {
    const deaSchedule = controlledScheduleOf(d.name);
    return { ...d, controlledSubstance: deaSchedule !== null, deaSchedule };
  });
}
