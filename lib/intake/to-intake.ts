/**
 * Form values → the Intake contract. Pure; used by the "check your answers"
 * page (to show problems before sending) and by the submit button (to build
 * what the server action re-parses with ZIntake).
 */
import { CONSENT_VERSION, type TIntakeInput } from "../schemas/intake";
import type { TTriageVitals } from "../schemas/triage";
import type { TIntakeDraftValues } from "../schemas/intake-form";

export interface ToIntakeOptions {
  askPregnancy: boolean;
  attachmentIds: string[];
}

export function toIntake(v: TIntakeDraftValues, opts: ToIntakeOptions): TIntakeInput {
  const other = v.otherSymptoms?.trim();
  const intake: Record<string, unknown> = {
    consultationType: v.consultationType,
    chiefComplaint: v.chiefComplaint,
    symptoms: [...(v.symptoms ?? []), ...(other ? [other] : [])],
    details: v.details?.trim() || undefined,
    onset: v.onset,
    severity: v.severity,
    vitals: toVitals(v.vitals),
    medications: v.takesMedicines === "yes" ? (v.medications ?? []).map(withoutBlanks) : [],
    allergies: v.hasAllergies === "yes" ? (v.allergies ?? []).map(withoutBlanks) : [],
    noKnownAllergies: v.hasAllergies === "no",
    pregnancyStatus: opts.askPregnancy ? v.pregnancyStatus : undefined,
    preferredLanguage: v.preferredLanguage ?? "en",
    attachmentIds: opts.attachmentIds,
    consent: { accepted: v.consentAccepted === true, version: v.consentVersion ?? CONSENT_VERSION },
  };
  return dropUndefined(intake) as TIntakeInput;
}

function toVitals(v: TIntakeDraftValues["vitals"]): TTriageVitals | undefined {
  if (!v) return undefined;
  const out: TTriageVitals = {
    systolic: v.systolic,
    diastolic: v.diastolic,
    heartRate: v.heartRate,
    respiratoryRate: v.respiratoryRate,
    oxygenSaturation: v.oxygenSaturation,
    // "Not sure" is left out: the engine treats a missing value as unknown.
    onSupplementalOxygen: v.onSupplementalOxygen === "yes" ? true : v.onSupplementalOxygen === "no" ? false : undefined,
    consciousness: v.consciousness,
    ...(v.temperature !== undefined && (v.temperatureUnit === "C" ? { temperatureC: v.temperature } : { temperatureF: v.temperature })),
  };
  const clean = dropUndefined(out as Record<string, unknown>);
  return Object.keys(clean).length ? (clean as TTriageVitals) : undefined;
}

function withoutBlanks<T extends object>(entry: T): T {
  return Object.fromEntries(Object.entries(entry).filter(([, x]) => !(typeof x === "string" && x.trim() === ""))) as T;
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined));
}
