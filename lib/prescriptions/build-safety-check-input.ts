/**
 * Turns the stored patient record into the medication-safety engine's input. The server
 * re-runs the check at approval with what the database says, never with what the browser sent.
 *
 * Fail safe: a malformed allergy or medication JSON entry is passed on as free text, so the
 * engine reports it as unrecognised (an incomplete check that needs an override) instead of
 * silently dropping it.
 */
import { ZAllergyEntry, ZMedicationOrder, type TAllergyEntry, type TMedicationEntry, type TMedicationSafetyCheckInput, type TPatient } from "../schemas/medication-safety";
import type { TPrescriptionItem } from "../schemas/prescriptions";

export interface PatientRecordFacts {
  dateOfBirth: Date;
  sex: string;
  weightKg: number | null;
  pregnancyStatus: string;
  serumCreatinine: number | null;
  allergies: unknown;
  currentMedications: unknown;
}

/** A prescription already issued to the patient that is still current. */
export interface ActivePrescriptionFacts {
  medicationName: string;
  doseMg: number | null;
  frequencyPerDay: number | null;
  route: string;
}

/**
 * Age in years on `now`: whole years from age 2, fractional below (infant dosing rules
 * need months).
 */
export function ageInYears(dob: Date, now: Date): number {
  let years = now.getUTCFullYear() - dob.getUTCFullYear();
  const m = now.getUTCMonth() - dob.getUTCMonth();
  if (m < 0 || (m === 0 && now.getUTCDate() < dob.getUTCDate())) years--;
  if (years >= 2) return years;
  const days = (now.getTime() - dob.getTime()) / 86_400_000;
  return Math.max(0, Math.round((days / 365.25) * 100) / 100);
}

/** Patient.pregnancyStatus → engine flag; "unknown" stays unknown so pregnancy rules report it. */
export function pregnancyFlag(status: string): boolean | undefined {
  if (status === "pregnant") return true;
  if (status === "not_pregnant" || status === "not_applicable") return false;
  return undefined;
}

function sexOf(sex: string): TPatient["sex"] {
  const s = sex.toLowerCase();
  return s === "female" || s === "male" || s === "other" ? s : "unknown";
}

function asText(entry: unknown): string {
  if (typeof entry === "string") return entry.slice(0, 200) || "unreadable entry";
  const o = entry as Record<string, unknown> | null;
  const text = o && (typeof o.substance === "string" ? o.substance : typeof o.name === "string" ? o.name : null);
  return (text ?? JSON.stringify(entry) ?? "unreadable entry").slice(0, 200) || "unreadable entry";
}

/** Allergy JSON → engine entries (unknown keys dropped, malformed entries kept as text). */
export function allergyEntries(json: unknown): TAllergyEntry[] {
  if (!Array.isArray(json)) return [];
  return json.map((a) => {
    if (a && typeof a === "object") {
      const { substance, reaction, type } = a as Record<string, unknown>;
      const parsed = ZAllergyEntry.safeParse({ substance, reaction: reaction || undefined, type: type || undefined });
      if (parsed.success) return parsed.data;
    }
    return asText(a);
  });
}

/** "5 mg" → 5 (patient-reported doses from the intake); anything else → undefined. */
export function parseDoseMg(text: unknown): number | undefined {
  const m = typeof text === "string" ? /^\s*(\d+(?:\.\d+)?)\s*mg\b/i.exec(text) : null;
  return m ? Number(m[1]) : undefined;
}

const TIMES: Record<string, number> = { once: 1, twice: 2, "three times": 3, "four times": 4 };

/** "twice a day" → 2, "every 8 hours" → 3 (patient-reported frequencies); anything else → undefined. */
export function parseFrequencyPerDay(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const t = text.toLowerCase();
  const times = /\b(once|twice|three times|four times)\s+(a|per)\s+day\b/.exec(t);
  if (times) return TIMES[times[1]!];
  const hours = /\bevery\s+(\d{1,2})\s+hours?\b/.exec(t);
  return hours && Number(hours[1]) > 0 ? Math.round((24 / Number(hours[1])) * 100) / 100 : undefined;
}

/** Current-medication JSON → engine entries (structured, or the intake's {name, dose, frequency} text). */
export function medicationEntries(json: unknown): TMedicationEntry[] {
  if (!Array.isArray(json)) return [];
  return json.map((m) => {
    if (m && typeof m === "object") {
      const { name, doseMg, frequencyPerDay, route, dose, frequency } = m as Record<string, unknown>;
      const parsed = ZMedicationOrder.safeParse({
        name, doseMg: doseMg ?? parseDoseMg(dose), frequencyPerDay: frequencyPerDay ?? parseFrequencyPerDay(frequency), route: route ?? undefined,
      });
      if (parsed.success) return parsed.data;
    }
    return asText(m);
  });
}

function itemEntry(i: TPrescriptionItem): TMedicationEntry {
  return { name: i.name, doseMg: i.doseMg, frequencyPerDay: i.frequencyPerDay, route: i.route, durationDays: i.durationDays };
}

/** Drops undefined/null fields (the engine's schemas are strict about shape, not about absence). */
function compact<T>(o: T): T {
  if (typeof o !== "object" || o === null) return o;
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** The full engine input for proposed items, from the stored record and active prescriptions. */
export function buildSafetyCheckInput(
  patient: PatientRecordFacts,
  items: readonly TPrescriptionItem[],
  activePrescriptions: readonly ActivePrescriptionFacts[],
  now: Date,
): TMedicationSafetyCheckInput {
  const active: TMedicationEntry[] = activePrescriptions.map((p) =>
    compact({ name: p.medicationName, doseMg: p.doseMg ?? undefined, frequencyPerDay: p.frequencyPerDay ?? undefined, route: p.route }),
  );
  return {
    proposed: items.map((i) => compact(itemEntry(i))),
    current: [...medicationEntries(patient.currentMedications), ...active],
    allergies: allergyEntries(patient.allergies),
    patient: compact({
      age: ageInYears(patient.dateOfBirth, now),
      weightKg: patient.weightKg ?? undefined,
      sex: sexOf(patient.sex),
      serumCreatinine: patient.serumCreatinine ?? undefined,
      pregnant: pregnancyFlag(patient.pregnancyStatus),
    }),
  };
}
