/**
 * Medication-safety engine (pure). See README.md in this folder for the data and how to extend it.
 */
export { checkMedicationSafety } from "./check-medication-safety";
export { normalizeDrugName, type NormalizedDrugName } from "./normalize-drug-name";
export { searchDrugs, type DrugSearchResult } from "./search-drugs";
export { parseAllergy, type ParsedAllergy } from "./parse-allergy";
export { cockcroftGault, resolveCreatinineClearance, type RenalFunction } from "./creatinine-clearance";
export { RULE_SET_VERSION, ENGINE_VERSION } from "./rule-set-version";
