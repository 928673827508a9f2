/**
 * Free-text allergy entries -> recognised allergens. Handles "amoxicillin (hives)",
 * "penicillin - rash", "PCN", "sulfa", "NKDA", and decides allergy vs intolerance: an
 * explicit type wins, otherwise intolerance words ("upset stomach", "nausea") mean
 * intolerance and severe-reaction words ("anaphylaxis", "hives") mean a true allergy
 * (data/allergy-cross-reactivity.json `intoleranceTerms` / `severeReactionTerms`).
 */
import {
  INTOLERANCE_TERMS,
  NO_KNOWN_ALLERGY_TERMS,
  NON_DRUG_ALLERGENS,
  SEVERE_REACTION_TERMS,
  TERM_CLASSES,
  allergyClassesOf,
} from "./allergy-rules";
import { cleanDrugText, normalizeDrugName } from "./normalize-drug-name";
import type { TAllergyEntry } from "../schemas/medication-safety";

export interface ParsedAllergy {
  input: string;
  /** Generic name when the allergen is a drug, else the recognised term ("sulfa"). */
  label: string;
  reaction?: string;
  type: "allergy" | "intolerance";
  severe: boolean;
  /** Explicit "intolerance" contradicted by a severe reaction: treated as an allergy. */
  typeConflict: boolean;
  status: "drug" | "non-drug" | "none" | "unrecognised";
  /** Product + ingredient keys of the allergen drug (empty for class terms). */
  drugKeys: string[];
  classIds: string[];
}

const SEPARATOR = /\s+[-–—]\s+|:|;|,/;
const PREFIX = /^(allergic to|allergy to|allergies to|allergies|allergy)\s*:?\s+/;
const SUFFIX = /\s+(allergy|allergies)$/;

type Resolved = Pick<ParsedAllergy, "label" | "status" | "drugKeys" | "classIds">;

function resolveSubstance(text: string): Resolved | undefined {
  for (const candidate of [text, text.replace(SUFFIX, "")]) {
    if (NO_KNOWN_ALLERGY_TERMS.has(candidate)) return { label: candidate, status: "none", drugKeys: [], classIds: [] };
    const termClasses = TERM_CLASSES.get(candidate) ?? [];
    const drug = normalizeDrugName(candidate);
    const classIds = [...new Set([...termClasses, ...(drug.known ? allergyClassesOf(drug.keys) : [])])];
    if (drug.known || classIds.length) {
      return { label: drug.known ? drug.name : candidate, status: "drug", drugKeys: drug.known ? drug.keys : [], classIds };
    }
    if (NON_DRUG_ALLERGENS.has(candidate)) return { label: candidate, status: "non-drug", drugKeys: [], classIds: [] };
  }
  return undefined;
}

/** "penicillin hives": fall back to the longest leading words that name something known. */
function resolveLeadingWords(text: string): Resolved | undefined {
  const words = text.split(" ");
  for (let n = words.length - 1; n >= 1; n--) {
    const hit = resolveSubstance(words.slice(0, n).join(" "));
    if (hit && hit.status !== "none") return hit;
  }
  return undefined;
}

/** Parse one allergy entry (string or structured). Never throws for odd text. */
export function parseAllergy(entry: TAllergyEntry): ParsedAllergy {
  const input = typeof entry === "string" ? entry : entry.substance;
  const lowered = input.toLowerCase().replace(/\s+/g, " ").trim();
  const bracketed = [...lowered.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim());
  const unbracketed = lowered.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").trim().replace(PREFIX, "");
  const [head, ...rest] = unbracketed.split(SEPARATOR);
  const substance = cleanDrugText(head);
  const reactionParts = [...bracketed, ...rest.map((r) => r.trim())];
  if (typeof entry !== "string" && entry.reaction) reactionParts.unshift(entry.reaction.trim());
  const reaction = reactionParts.filter(Boolean).join("; ") || undefined;

  const text = `${lowered} ${reaction ?? ""}`;
  const severe = SEVERE_REACTION_TERMS.test(text);
  const explicit = typeof entry === "string" ? undefined : entry.type;
  const typeConflict = explicit === "intolerance" && severe;
  // Fail safe: a severe reaction is never filed as a mere intolerance.
  const type = typeConflict ? "allergy" : (explicit ?? (!severe && INTOLERANCE_TERMS.test(text) ? "intolerance" : "allergy"));

  const resolved = resolveSubstance(substance) ??
    resolveLeadingWords(substance) ?? { label: substance || lowered, status: "unrecognised" as const, drugKeys: [], classIds: [] };
  return { input, ...resolved, ...(reaction ? { reaction } : {}), type, severe, typeConflict };
}
