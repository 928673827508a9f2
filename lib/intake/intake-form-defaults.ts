/**
 * Starting values for every form field, so inputs are controlled from the
 * first render and a reload shows exactly what was saved. Consent only stays
 * ticked if it was given to the wording shown now.
 */
import { CONSENT_VERSION } from "../schemas/intake";
import type { TIntakeDraftValues } from "../schemas/intake-form";

export function intakeFormDefaults(saved: TIntakeDraftValues): TIntakeDraftValues {
  const consented = saved.consentVersion === CONSENT_VERSION && saved.consentAccepted === true;
  return {
    ...saved,
    symptoms: saved.symptoms ?? [],
    otherSymptoms: saved.otherSymptoms ?? "",
    details: saved.details ?? "",
    chiefComplaint: saved.chiefComplaint ?? "",
    vitals: { temperatureUnit: "F", ...saved.vitals },
    medications: saved.medications ?? [],
    allergies: saved.allergies ?? [],
    preferredLanguage: saved.preferredLanguage ?? "en",
    consentAccepted: consented ? true : undefined,
    consentVersion: CONSENT_VERSION,
  };
}
