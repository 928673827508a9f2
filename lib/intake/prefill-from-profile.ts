/**
 * Prefills the medicines and allergies questions from the patient's record, so
 * they confirm rather than retype. The record's JSON columns have two shapes
 * (seeded `{name, doseMg, frequencyPerDay}` and intake-written `{name, dose,
 * frequency}`); both are read through zod and anything unreadable is skipped.
 */
import { z } from "zod";
import type { TIntakeDraftValues } from "../schemas/intake-form";

const ZStoredMedication = z.object({
  name: z.string().trim().min(2).max(120),
  dose: z.string().max(60).optional(),
  frequency: z.string().max(60).optional(),
  doseMg: z.number().positive().optional(),
  frequencyPerDay: z.number().int().positive().max(24).optional(),
});

const ZStoredAllergy = z.object({
  substance: z.string().trim().min(2).max(120),
  reaction: z.string().max(200).optional(),
  type: z.enum(["allergy", "intolerance"]).optional(),
});

export interface PatientProfileForIntake {
  currentMedications: unknown;
  allergies: unknown;
  languagePreference: string;
}

export function prefillFromProfile(p: PatientProfileForIntake): TIntakeDraftValues {
  const medications = readList(p.currentMedications, ZStoredMedication).map((m) => ({
    name: m.name,
    dose: m.dose ?? (m.doseMg !== undefined ? `${m.doseMg} mg` : undefined),
    frequency: m.frequency ?? (m.frequencyPerDay !== undefined ? timesADay(m.frequencyPerDay) : undefined),
  }));
  const allergies = readList(p.allergies, ZStoredAllergy).map((a) => ({ substance: a.substance, reaction: a.reaction, type: a.type ?? "allergy" }));
  return {
    ...(medications.length && { takesMedicines: "yes" as const, medications }),
    ...(allergies.length && { hasAllergies: "yes" as const, allergies }),
    preferredLanguage: p.languagePreference === "es" ? "es" : "en",
  };
}

function readList<T>(value: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const r = schema.safeParse(item);
    return r.success ? [r.data] : [];
  });
}

/** Written in English on purpose: the record is read by clinicians. */
function timesADay(n: number): string {
  return n === 1 ? "once a day" : n === 2 ? "twice a day" : `${n} times a day`;
}
