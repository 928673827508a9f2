/**
 * What a provider's decision on one AI piece means, before anything is written: the final
 * approved version, the modifications against the AI draft, whether it deviates from the AI's
 * diagnosis or medicines (then a short reason is required), and what may be copied into the
 * clinical notes. Pure; the rules:
 * - accepted: the AI draft as is. Medication lists with an unsafe (flagged) suggestion cannot be
 *   accepted as they are: the provider edits them out or keeps them knowingly by editing.
 * - edited: the provider's version (finalText, shaped like the function's output).
 * - rejected: no final version.
 * - deviation: assessment with another primary code, or rejected; medicines with another set
 *   of drugs, or rejected. Codes compare at ICD level without punctuation (J02.9 = J029).
 */
import type { z } from "zod";
import {
  ZAssessmentFinal, ZMedicationsFinal, ZPatientMessageFinal, ZSoapNoteFinal,
  type TAiDecisionInput, type TAiKind, type TAssessmentOutput, type TMedicationsOutput, type TPatientMessageOutput, type TSoapNoteOutput,
} from "../schemas/ai";
import { fieldErrorsOf } from "../errors";
import { normalizeDrugName } from "../medication-safety";
import { withDisclaimer } from "./disclaimer";

export interface Modification {
  field: string;
  from: unknown;
  to: unknown;
}

export type DecisionPlan =
  | { ok: true; final: Record<string, unknown> | null; modifications: Modification[]; deviates: boolean; notes: NotesCopy | null }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> };

/** Fields of the clinical documentation an approved piece may fill. */
export interface NotesCopy {
  primaryDiagnosisCode?: string;
  differentialDiagnosis?: { code: string; description: string; confidence?: number }[];
  assessment?: string;
  plan?: string;
}

const FINAL_SCHEMAS: Record<TAiKind, z.ZodType> = {
  assessment: ZAssessmentFinal, medications: ZMedicationsFinal, soap_note: ZSoapNoteFinal, patient_message: ZPatientMessageFinal,
};

export const normalizeIcd = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, "");
const drugKey = (name: string) => normalizeDrugName(name).name.toLowerCase();
const NOTES_LIMIT = 8000;
const clip = (s: string) => (s.length > NOTES_LIMIT ? `${s.slice(0, NOTES_LIMIT - 1)}…` : s);

/** The AI draft in the shape of a final version. */
export function draftAsFinal(kind: TAiKind, output: unknown): Record<string, unknown> {
  switch (kind) {
    case "assessment": {
      const a = output as TAssessmentOutput;
      return { primaryDiagnosis: { icd10Code: a.primaryDiagnosis.icd10Code, description: a.primaryDiagnosis.description }, alternatives: a.alternatives.map((d) => ({ icd10Code: d.icd10Code, description: d.description })) };
    }
    case "medications":
      return { medications: (output as TMedicationsOutput).medications.map(({ name, dose, frequency, durationDays, rationale }) => ({ name, dose, frequency, durationDays, rationale })) };
    case "soap_note":
      return { ...(output as TSoapNoteOutput) };
    case "patient_message":
      return { body: (output as TPatientMessageOutput).body };
  }
}

/** Field-level differences between two versions (flattened paths, e.g. "primaryDiagnosis.icd10Code"). */
export function diffVersions(from: unknown, to: unknown, path = ""): Modification[] {
  if (JSON.stringify(from) === JSON.stringify(to)) return [];
  const isObj = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (isObj(from) && isObj(to)) {
    const keys = [...new Set([...Object.keys(from as object), ...Object.keys(to as object)])];
    return keys.flatMap((k) => diffVersions((from as Record<string, unknown>)[k], (to as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return [{ field: path || "(all)", from: from ?? null, to: to ?? null }];
}

function deviates(kind: TAiKind, output: unknown, final: Record<string, unknown> | null): boolean {
  if (kind === "assessment") {
    if (!final) return true;
    const ai = (output as TAssessmentOutput).primaryDiagnosis.icd10Code;
    return normalizeIcd(ai) !== normalizeIcd((final as { primaryDiagnosis: { icd10Code: string } }).primaryDiagnosis.icd10Code);
  }
  if (kind === "medications") {
    const ai = (output as TMedicationsOutput).medications.map((m) => drugKey(m.name)).sort();
    if (!final) return ai.length > 0;
    const mine = (final as { medications: { name: string }[] }).medications.map((m) => drugKey(m.name)).sort();
    return JSON.stringify(ai) !== JSON.stringify(mine);
  }
  return false;
}

/** An edited medicine list that still contains a suggestion the safety check flagged. */
function keepsFlagged(kind: TAiKind, output: unknown, final: Record<string, unknown> | null): boolean {
  if (kind !== "medications" || !final) return false;
  const flagged = new Set((output as TMedicationsOutput).medications.filter((m) => m.safety.status === "flagged").map((m) => drugKey(m.name)));
  return (final as { medications: { name: string }[] }).medications.some((m) => flagged.has(drugKey(m.name)));
}

function notesFrom(kind: TAiKind, output: unknown, final: Record<string, unknown>): NotesCopy | null {
  if (kind === "assessment") {
    const f = final as { primaryDiagnosis: { icd10Code: string; description: string }; alternatives: { icd10Code: string; description: string }[] };
    const ai = output as TAssessmentOutput;
    const confidenceOf = (code: string) => [ai.primaryDiagnosis, ...ai.alternatives].find((d) => normalizeIcd(d.icd10Code) === normalizeIcd(code))?.confidence;
    return {
      primaryDiagnosisCode: f.primaryDiagnosis.icd10Code,
      // The provider may have promoted an alternative to primary: list each code once.
      differentialDiagnosis: [f.primaryDiagnosis, ...f.alternatives].filter((d, i, all) => all.findIndex((x) => normalizeIcd(x.icd10Code) === normalizeIcd(d.icd10Code)) === i).map((d) => {
        const confidence = confidenceOf(d.icd10Code);
        return { code: d.icd10Code, description: d.description, ...(confidence !== undefined ? { confidence } : {}) };
      }),
    };
  }
  if (kind === "soap_note") {
    const s = final as TSoapNoteOutput;
    return { assessment: clip(`Subjective: ${s.subjective}\n\nObjective: ${s.objective}\n\nAssessment: ${s.assessment}`), plan: clip(s.plan) };
  }
  return null;
}

export function planAiDecision(kind: TAiKind, output: unknown, input: TAiDecisionInput): DecisionPlan {
  const fail = (field: string, message: string): DecisionPlan => ({ ok: false, message, fieldErrors: { [field]: [message] } });
  if (input.decision !== "edited" && input.finalText !== undefined) return fail("finalText", "Send finalText only when you edited the draft.");
  if (input.copyToNotes && (input.decision === "rejected" || (kind !== "assessment" && kind !== "soap_note"))) return fail("copyToNotes", "Only an approved assessment or SOAP note can be copied into the notes.");
  let final: Record<string, unknown> | null = null;
  if (input.decision === "accepted") {
    if (kind === "medications" && (output as TMedicationsOutput).medications.some((m) => m.safety.status === "flagged")) {
      return fail("decision", "Unsafe suggestions cannot be accepted as they are. Edit the list to remove them, or keep one knowingly with a reason.");
    }
    final = draftAsFinal(kind, output);
  } else if (input.decision === "edited") {
    if (input.finalText === undefined) return fail("finalText", "Send your edited version.");
    const parsed = FINAL_SCHEMAS[kind].safeParse(input.finalText);
    if (!parsed.success) return { ok: false, message: "Your edited version is missing fields or has invalid values.", fieldErrors: prefix(fieldErrorsOf(parsed.error.issues)) };
    final = parsed.data as Record<string, unknown>;
    // The provider's wording is sent as written, but the disclaimer still closes it.
    if (kind === "patient_message") final = { body: withDisclaimer(String(final.body), (output as TPatientMessageOutput).language) };
  }
  const dev = deviates(kind, output, final);
  if (dev && !input.deviationReason) {
    const what = kind === "assessment" ? "diagnosis" : "medicines";
    return fail("deviationReason", `Your ${what} differ${kind === "assessment" ? "s" : ""} from the AI's. Say briefly why.`);
  }
  if (keepsFlagged(kind, output, final) && !input.deviationReason) {
    return fail("deviationReason", "You kept a suggestion the safety check flagged as unsafe. Say briefly why.");
  }
  return {
    ok: true, final, deviates: dev,
    modifications: input.decision === "edited" ? diffVersions(draftAsFinal(kind, output), final) : [],
    notes: input.copyToNotes && final ? notesFrom(kind, output, final) : null,
  };
}

function prefix(errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === "_root" ? "finalText" : `finalText.${k}`, v]));
}
