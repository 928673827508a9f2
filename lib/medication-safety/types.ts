/** Internal types shared by the checks (the public shapes live in lib/schemas/medication-safety.ts). */
import type { NormalizedDrugName } from "./normalize-drug-name";
import type { TIncompleteCheck, TSafetyWarning } from "../schemas/medication-safety";

/** Dosing fields of a structured medication entry. */
export interface DoseOrder {
  doseMg?: number;
  frequencyPerDay?: number;
  route?: string;
  durationDays?: number;
}

/** A medication from the input after normalisation. */
export interface Med {
  list: "proposed" | "current";
  drug: NormalizedDrugName;
  order: DoseOrder;
}

/** What a check returns besides its findings: notes for the prescriber and gaps. */
export interface CheckNotes {
  warnings: TSafetyWarning[];
  incomplete: TIncompleteCheck[];
}

export const emptyNotes = (): CheckNotes => ({ warnings: [], incomplete: [] });
