/**
 * Public entry of the medication-safety engine. Pure and deterministic: no I/O, no clock, no
 * env; all data is bundled JSON indexed at module load. Callers parse input with
 * ZMedicationSafetyCheckInput first and store `ruleSetVersion` with the decision.
 *
 * Fail safe (STYLE.md 3.8): each check runs in isolation; if one throws, or a rule lacks the
 * patient data it needs, the result lists it in `incompleteChecks`, adds a CHECK_INCOMPLETE
 * warning and sets `requiresOverride` - it is never a plain pass. Unknown drugs likewise.
 */
import { checkAllergies } from "./check-allergies";
import { checkDoses } from "./check-doses";
import { checkDuplicateTherapy } from "./check-duplicate-therapy";
import { checkInteractions } from "./check-interactions";
import { resolveCreatinineClearance } from "./creatinine-clearance";
import { isNoMedicationEntry, normalizeDrugName } from "./normalize-drug-name";
import { parseAllergy } from "./parse-allergy";
import { RULE_SET_VERSION } from "./rule-set-version";
import { emptyNotes, type CheckNotes, type Med } from "./types";
import type {
  TIncompleteCheck,
  TMedicationEntry,
  TMedicationSafetyCheckInput,
  TMedicationSafetyCheckResult,
  TNormalizedMedication,
  TSafetyWarning,
} from "../schemas/medication-safety";

type CheckName = TIncompleteCheck["check"];

function toMeds(entries: readonly TMedicationEntry[], list: Med["list"]): Med[] {
  return entries
    .filter((e) => !isNoMedicationEntry(typeof e === "string" ? e : e.name))
    .map((e) => {
      const { name, ...order } = typeof e === "string" ? { name: e } : e;
      return { list, drug: safeNormalize(name), order };
    });
}

/** Normalisation never throws on odd text; if it ever did, the drug is unknown, not safe. */
function safeNormalize(name: string): Med["drug"] {
  try {
    return normalizeDrugName(name);
  } catch {
    return { input: name, name, known: false, matchedBy: "unknown", ingredients: [], classes: [], keys: [] };
  }
}

function publicView(med: Med): TNormalizedMedication {
  // Copies: normalisation results are memoised and must not be mutated through a result.
  const d = med.drug;
  const view: TNormalizedMedication = {
    input: d.input,
    name: d.name,
    known: d.known,
    matchedBy: d.matchedBy,
    ingredients: d.ingredients.map((i) => ({ name: i.name, rxcui: i.rxcui })),
    classes: [...d.classes],
  };
  if (d.correctedFrom) view.correctedFrom = d.correctedFrom;
  if (d.suggestions) view.suggestions = [...d.suggestions];
  return Object.assign(view, med.order);
}

/** Run one check; an exception becomes an incomplete check instead of a silent pass. */
function guarded<T>(check: CheckName, notes: CheckNotes, fallback: T, run: () => T): { value: T; ok: boolean } {
  try {
    return { value: run(), ok: true };
  } catch (error) {
    // No stack or input text in the message: results are stored and shown to users.
    const kind = error instanceof Error ? error.name : "error";
    notes.incomplete.push({ check, reason: "CHECK_ERROR", message: `The ${check} check failed (${kind}) and did not run; review by hand.` });
    return { value: fallback, ok: false };
  }
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(key(i)) && seen.add(key(i)));
}

/**
 * Check proposed medications against current medications, allergies and patient facts.
 * @returns findings, `blocked` (critical interaction, blocking allergy, dose above maximum or
 * another contraindication), `requiresOverride`, stable finding ids and the rule-set version.
 */
export function checkMedicationSafety(input: TMedicationSafetyCheckInput): TMedicationSafetyCheckResult {
  const notes = emptyNotes();
  const proposed = toMeds(input.proposed, "proposed");
  const current = toMeds(input.current, "current");
  const renal = resolveCreatinineClearance(input.patient);

  const interactions = guarded("interactions", notes, [], () => checkInteractions(proposed, current));
  const allergies = guarded("allergies", notes, { conflicts: [], notes: emptyNotes() }, () =>
    checkAllergies(proposed, input.allergies.map(parseAllergy)),
  );
  const doses = guarded("doses", notes, { issues: [], notes: emptyNotes() }, () =>
    checkDoses(proposed, input.patient, renal),
  );
  const duplicates = guarded("duplicates", notes, [], () => checkDuplicateTherapy(proposed, current));

  const incompleteChecks = dedupe(
    [...notes.incomplete, ...allergies.value.notes.incomplete, ...doses.value.notes.incomplete],
    (i) => `${i.check}|${i.reason}|${i.drug ?? i.message}`,
  );
  const unknown = [...proposed, ...current].filter((m) => !m.drug.known);
  const warnings: TSafetyWarning[] = dedupe(
    [
      ...incompleteChecks.map((i): TSafetyWarning => ({ code: "CHECK_INCOMPLETE", message: i.message, ...(i.drug ? { drug: i.drug } : {}) })),
      ...unknown.map((m): TSafetyWarning => ({ code: "UNKNOWN_DRUG", drug: m.drug.input, message: `"${m.drug.input}" is not a known drug: it was not checked for interactions, allergies or doses.` })),
      ...[...proposed, ...current]
        .filter((m) => m.drug.correctedFrom)
        .map((m): TSafetyWarning => ({ code: "SPELLING_CORRECTED", drug: m.drug.name, message: `"${m.drug.input}" was read as ${m.drug.name}; confirm the drug.` })),
      ...(renal.method === "cockcroft-gault" ? [{ code: "CRCL_ESTIMATED" as const, message: renal.note }] : []),
      ...allergies.value.notes.warnings,
      ...doses.value.notes.warnings,
    ],
    (w) => `${w.code}|${w.drug ?? ""}|${w.message}`,
  );

  const findings = [...interactions.value, ...allergies.value.conflicts, ...doses.value.issues, ...duplicates.value];
  const blockingFindingIds = findings.filter((f) => f.blocking).map((f) => f.id);
  const blocked = blockingFindingIds.length > 0;
  const majorFinding =
    interactions.value.some((i) => i.severity === "major" && !i.nonInterruptive) ||
    allergies.value.conflicts.some((c) => c.type === "allergy") ||
    doses.value.issues.some((d) => d.severity === "major");
  return {
    blocked,
    requiresOverride: blocked || majorFinding || unknown.length > 0 || incompleteChecks.length > 0,
    blockingFindingIds,
    interactions: interactions.value,
    allergyConflicts: allergies.value.conflicts,
    doseIssues: doses.value.issues,
    duplicateTherapy: duplicates.value,
    unknownDrugs: unknown.map((m) => m.drug.input),
    warnings,
    incompleteChecks,
    normalized: { proposed: proposed.map(publicView), current: current.map(publicView) },
    renalFunction: { creatinineClearance: renal.creatinineClearance, method: renal.method },
    checksPerformed: { interactions: interactions.ok, allergies: allergies.ok, doses: doses.ok, duplicates: duplicates.ok },
    ruleSetVersion: RULE_SET_VERSION,
  };
}
