/**
 * US controlled substances (DEA schedules, 21 CFR 1308.12-1308.15) among the drugs the
 * medication-safety vocabulary knows. A small, deliberate list: opioids, benzodiazepines,
 * stimulants, Z-drugs and a few others a telehealth prescriber might type. A drug missing from
 * this list is "not listed", not "not controlled": extend it (with the schedule) when the
 * vocabulary grows. Pure and isomorphic (the prescribing panel shows the same flag).
 */
import { normalizeDrugName } from "../medication-safety";

export type DeaSchedule = "CII" | "CIII" | "CIV" | "CV";

/** Ingredient (RxNorm-style generic, lower case) -> schedule of the single-ingredient product. */
export const CONTROLLED_SUBSTANCES: Readonly<Record<string, DeaSchedule>> = {
  // Opioid agonists (CII unless noted)
  oxycodone: "CII", hydrocodone: "CII", morphine: "CII", hydromorphone: "CII", oxymorphone: "CII", fentanyl: "CII",
  methadone: "CII", meperidine: "CII", tapentadol: "CII", codeine: "CII", tramadol: "CIV", buprenorphine: "CIII",
  // Benzodiazepines
  alprazolam: "CIV", lorazepam: "CIV", clonazepam: "CIV", diazepam: "CIV", temazepam: "CIV", chlordiazepoxide: "CIV",
  clorazepate: "CIV", midazolam: "CIV", triazolam: "CIV", oxazepam: "CIV",
  // Stimulants
  amphetamine: "CII", dextroamphetamine: "CII", lisdexamfetamine: "CII", methamphetamine: "CII", methylphenidate: "CII",
  dexmethylphenidate: "CII", phentermine: "CIV", modafinil: "CIV", armodafinil: "CIV",
  // Hypnotics, barbiturates and others
  zolpidem: "CIV", eszopiclone: "CIV", zaleplon: "CIV", phenobarbital: "CIV", carisoprodol: "CIV", pregabalin: "CV",
  lacosamide: "CV", testosterone: "CIII", ketamine: "CIII",
};

const RANK: Record<DeaSchedule, number> = { CII: 2, CIII: 3, CIV: 4, CV: 5 };

/**
 * The most restrictive schedule among a drug's ingredients, or null when none is listed.
 * Combination products take the strictest ingredient's schedule (conservative: e.g.
 * acetaminophen/codeine is CIII by label, flagged here as CII).
 */
export function controlledScheduleOf(drugName: string): DeaSchedule | null {
  const drug = normalizeDrugName(drugName);
  const names = drug.known ? drug.ingredients.map((i) => i.name.toLowerCase()) : [drug.name.toLowerCase()];
  let best: DeaSchedule | null = null;
  for (const n of names) {
    const s = CONTROLLED_SUBSTANCES[n];
    if (s && (!best || RANK[s] < RANK[best])) best = s;
  }
  return best;
}

/** NCPDP SCRIPT DEASchedule codes (NCI thesaurus) for the NewRx message. */
export const DEA_SCHEDULE_NCI_CODE: Record<DeaSchedule, string> = { CII: "C48672", CIII: "C48675", CIV: "C48676", CV: "C48677" };
