/**
 * CPT suggestion for a patient-initiated online digital E/M service (e-visit),
 * from cumulative active clinician time within the 7-day window:
 * physicians/QHPs 99421 (5-10 min), 99422 (11-20), 99423 (21+);
 * non-physician qualified clinicians 98970, 98971, 98972 for the same bands.
 * Under 5 minutes is not billable. Source: AMA CPT 2020 online digital E/M codes.
 */
export const EVISIT_WINDOW_DAYS = 7;
const PHYSICIAN = new Set(["MD", "DO"]);

export interface CptSuggestion {
  code: string | null;
  minutes: number;
  reason: string;
}

export function suggestCpt(activeSeconds: number, credential: string): CptSuggestion {
  const minutes = Math.round(activeSeconds / 60);
  const physician = PHYSICIAN.has(credential.toUpperCase());
  const codes = physician ? ["99421", "99422", "99423"] : ["98970", "98971", "98972"];
  if (minutes < 5) return { code: null, minutes, reason: "Less than 5 minutes of clinician time: not billable as an e-visit." };
  const band = minutes <= 10 ? 0 : minutes <= 20 ? 1 : 2;
  const range = ["5-10", "11-20", "21 or more"][band];
  return { code: codes[band]!, minutes, reason: `${minutes} min cumulative (${range} min band), ${physician ? "physician" : "non-physician clinician"}.` };
}

/** Share of the required documentation fields that are filled (0-1). */
export const REQUIRED_DOCUMENTATION = ["assessment", "differentialDiagnosis", "primaryDiagnosisCode", "clinicalDecisionRationale", "plan", "careInstructions"] as const;

export function documentationCompleteness(doc: Partial<Record<(typeof REQUIRED_DOCUMENTATION)[number], unknown>>): number {
  const filled = REQUIRED_DOCUMENTATION.filter((f) => {
    const v = doc[f];
    return Array.isArray(v) ? v.length > 0 : typeof v === "string" ? v.trim().length > 0 : v != null;
  }).length;
  return Math.round((filled / REQUIRED_DOCUMENTATION.length) * 100) / 100;
}
