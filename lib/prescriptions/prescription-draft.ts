/**
 * The prescribing form's model (pure, shared by the panel and its tests): what the prescriber
 * types, and how it becomes an approval item (ZPrescriptionItem) and a live safety-check entry.
 */
import { ZPrescriptionItem, type TPrescriptionItem, PRESCRIPTION_ROUTES } from "../schemas/prescriptions";
import type { TMedicationEntry } from "../schemas/medication-safety";

export const FREQUENCIES = [
  { key: "1d", label: "Once a day", perDay: 1, text: "once a day" },
  { key: "2d", label: "Twice a day", perDay: 2, text: "twice a day" },
  { key: "3d", label: "Three times a day", perDay: 3, text: "three times a day" },
  { key: "4d", label: "Four times a day", perDay: 4, text: "four times a day" },
  { key: "q4h", label: "Every 4 hours", perDay: 6, text: "every 4 hours" },
  { key: "q6h", label: "Every 6 hours", perDay: 4, text: "every 6 hours" },
  { key: "q8h", label: "Every 8 hours", perDay: 3, text: "every 8 hours" },
  { key: "q12h", label: "Every 12 hours", perDay: 2, text: "every 12 hours" },
  { key: "hs", label: "At bedtime", perDay: 1, text: "at bedtime" },
  { key: "prn4", label: "As needed, up to 4 a day", perDay: 4, text: "as needed, up to 4 times a day" },
] as const;
export type FrequencyKey = (typeof FREQUENCIES)[number]["key"];

/** Dose units; mass units also give the engine a dose in mg. */
export const DOSE_UNITS = ["mg", "mcg", "g", "mL", "tablet", "capsule", "puff", "drop", "application"] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];
const TO_MG: Partial<Record<DoseUnit, number>> = { mg: 1, mcg: 0.001, g: 1000 };
const COUNTED: readonly DoseUnit[] = ["tablet", "capsule", "puff", "drop", "application"];

export type Route = (typeof PRESCRIPTION_ROUTES)[number];

export interface PrescriptionDraft {
  name: string;
  /** Picked from the suggestions or left (blurred): only then is it checked, not every keystroke ("ibupro"). */
  nameConfirmed: boolean;
  amount: string;
  unit: DoseUnit;
  route: Route;
  frequency: FrequencyKey;
  durationDays: string;
  quantity: string;
  /** The prescriber typed a quantity: stop suggesting one. */
  quantityEdited: boolean;
  refills: string;
  instructions: string;
}

export function emptyDraft(): PrescriptionDraft {
  return { name: "", nameConfirmed: false, amount: "", unit: "mg", route: "oral", frequency: "1d", durationDays: "7", quantity: "", quantityEdited: false, refills: "0", instructions: "" };
}

const num = (s: string) => (s.trim() === "" ? undefined : Number(s));
const frequencyOf = (key: FrequencyKey) => FREQUENCIES.find((f) => f.key === key) ?? FREQUENCIES[0];

/** Dose in mg when the unit is a mass, else undefined (the engine then notes "dose not checked"). */
export function doseMgOf(d: PrescriptionDraft): number | undefined {
  const amount = num(d.amount);
  const factor = TO_MG[d.unit];
  return amount && amount > 0 && factor ? Math.round(amount * factor * 1000) / 1000 : undefined;
}

export function doseTextOf(d: PrescriptionDraft): string {
  const amount = d.amount.trim();
  if (!amount) return "";
  const plural = COUNTED.includes(d.unit) && Number(amount) !== 1 ? "s" : "";
  return `${amount} ${d.unit}${plural}`;
}

/** Units to dispense for the course when the dose is counted in units (tablets, puffs...). */
export function suggestedQuantity(d: PrescriptionDraft): number | undefined {
  const days = num(d.durationDays);
  const amount = num(d.amount);
  if (!days || !COUNTED.includes(d.unit)) return days ? frequencyOf(d.frequency).perDay * days : undefined;
  return amount ? Math.ceil(amount * frequencyOf(d.frequency).perDay * days) : undefined;
}

/** The entry for the live safety check; null until a drug is named and confirmed. */
export function draftToCheckEntry(d: PrescriptionDraft): TMedicationEntry | null {
  const name = d.name.trim();
  if (!name || !d.nameConfirmed) return null;
  const days = num(d.durationDays);
  return { name, route: d.route, frequencyPerDay: frequencyOf(d.frequency).perDay, ...(doseMgOf(d) ? { doseMg: doseMgOf(d) } : {}), ...(days && Number.isInteger(days) && days > 0 ? { durationDays: days } : {}) };
}

/** The approval item, or field errors keyed by draft field (plain words for the form). */
export function draftToItem(d: PrescriptionDraft): { ok: true; item: TPrescriptionItem } | { ok: false; errors: Partial<Record<keyof PrescriptionDraft, string>> } {
  const f = frequencyOf(d.frequency);
  const candidate = {
    name: d.name.trim(), doseMg: doseMgOf(d), doseText: doseTextOf(d), route: d.route, frequencyPerDay: f.perDay, frequencyText: f.text,
    durationDays: num(d.durationDays), quantity: num(d.quantity), refills: num(d.refills) ?? 0, instructions: d.instructions.trim() || undefined,
  };
  const parsed = ZPrescriptionItem.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  if (parsed.success) return { ok: true, item: parsed.data };
  const errors: Partial<Record<keyof PrescriptionDraft, string>> = {};
  const MESSAGES: Record<string, [keyof PrescriptionDraft, string]> = {
    name: ["name", "Choose a medication"],
    doseText: ["amount", "Enter the dose, for example 500"],
    doseMg: ["amount", "Enter a dose above 0"],
    durationDays: ["durationDays", "Enter the number of days, from 1 to 365"],
    quantity: ["quantity", "Enter the quantity to dispense, from 1 to 1000"],
    refills: ["refills", "Refills must be a whole number from 0 to 11"],
    instructions: ["instructions", "Keep instructions under 1000 characters"],
  };
  for (const issue of parsed.error.issues) {
    const m = MESSAGES[String(issue.path[0])];
    if (m && !errors[m[0]]) errors[m[0]] = m[1];
  }
  return { ok: false, errors };
}
