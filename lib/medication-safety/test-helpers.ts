/** Builders shared by the medication-safety tests (not part of the public API). */
import { checkMedicationSafety } from "./check-medication-safety";
import type { TMedicationSafetyCheckInput, TPatient } from "../schemas/medication-safety";

/** A healthy adult man with known renal function: no rule lacks data for him. */
export const ADULT: TPatient = { age: 40, weightKg: 70, sex: "male", creatinineClearance: 90 };

/** Run a check with defaults for the fields a test does not care about. */
export function check(partial: Partial<TMedicationSafetyCheckInput> & Pick<TMedicationSafetyCheckInput, "proposed">) {
  return checkMedicationSafety({ current: [], allergies: [], patient: ADULT, ...partial });
}
