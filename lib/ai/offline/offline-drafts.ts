/**
 * The offline engine's medication suggestions, SOAP note and patient message. They follow the
 * clinician's diagnosis when the notes already name one the knowledge table knows, else the
 * engine's own best match; an emergency red flag overrides both (no medicines, emergency plan).
 */
import type { TMedicationsModelOutput, TSoapNoteOutput } from "../../schemas/ai";
import type { AiContext } from "../ai-context";
import type { Condition } from "./condition-types";
import { CONDITIONS, matchConditions } from "./match-conditions";
import { emergencyFlag, offlineAssessment } from "./offline-assessment";

const normalize = (c: string) => c.toUpperCase().replace(/[^A-Z0-9]/g, "");

/** The condition the drafts are about. */
export function focusCondition(ctx: AiContext): Condition | undefined {
  const chosen = ctx.providerNotes.primaryDiagnosisCode;
  const byNotes = chosen ? CONDITIONS.find((c) => normalize(c.code) === normalize(chosen)) : undefined;
  return byNotes ?? matchConditions(ctx)[0]?.condition;
}

export function offlineMedications(ctx: AiContext): TMedicationsModelOutput {
  if (emergencyFlag(ctx)) return { medications: [] };
  return { medications: (focusCondition(ctx)?.medications ?? []).map((m) => ({ ...m })) };
}

const ONSET: Record<string, string> = { today: "today", "1_3_days": "1-3 days ago", "4_7_days": "4-7 days ago", "1_4_weeks": "1-4 weeks ago", over_1_month: "more than a month ago" };
const VITAL_LABELS: [string, string, string][] = [
  ["temperatureC", "T", " °C"], ["temperatureF", "T", " °F"], ["heartRate", "HR", "/min"], ["respiratoryRate", "RR", "/min"],
  ["systolic", "SBP", " mmHg"], ["diastolic", "DBP", " mmHg"], ["oxygenSaturation", "SpO2", "%"],
];

function vitalsLine(v: AiContext["consultation"]["vitals"]): string {
  if (!v) return "No vital signs reported.";
  const parts = VITAL_LABELS.filter(([k]) => v[k] !== undefined).map(([k, label, unit]) => `${label} ${v[k]}${unit}`);
  if (v.onSupplementalOxygen !== undefined) parts.push(v.onSupplementalOxygen ? "on supplemental O2" : "on room air");
  if (v.consciousness) parts.push(`ACVPU ${v.consciousness}`);
  return parts.length ? `Self-reported vital signs: ${parts.join(", ")}.` : "No vital signs reported.";
}

const listOr = (xs: string[], none: string) => (xs.length ? xs.join(", ") : none);

export function offlineSoapNote(ctx: AiContext): TSoapNoteOutput {
  const { patient: p, consultation: c, triage: t } = ctx;
  const assessment = offlineAssessment(ctx);
  const condition = focusCondition(ctx);
  const emergency = emergencyFlag(ctx);
  const meds = [...p.currentMedications.map((m) => m.name + (m.doseMg ? ` ${m.doseMg} mg` : "")), ...c.reportedMedications.map((m) => [m.name, m.dose].filter(Boolean).join(" "))];
  const allergies = [...p.allergies, ...c.reportedAllergies].map((a) => (a.reaction ? `${a.substance} (${a.reaction})` : a.substance));
  const subjective = [
    `${p.age}-year-old ${p.sex} patient reports: "${c.chiefComplaint}". Onset ${ONSET[c.onset] ?? c.onset}; severity ${c.severity}/10.`,
    c.symptoms.length ? `Symptoms: ${c.symptoms.join(", ")}.` : "",
    c.details ? `Details: ${c.details}` : "",
    `Medications: ${listOr([...new Set(meds)], "none reported")}. Allergies: ${listOr([...new Set(allergies)], c.noKnownAllergies ? "NKDA" : "none reported")}.`,
    p.chronicConditions.length ? `History: ${p.chronicConditions.join(", ")}.` : "",
    p.pregnancyStatus === "pregnant" ? "Pregnant." : "",
    ctx.messages.filter((m) => m.from === "patient").length ? `Patient messages: ${ctx.messages.filter((m) => m.from === "patient").map((m) => `"${m.body}"`).join(" ")}` : "",
  ].filter(Boolean).join(" ");
  const objective = [
    vitalsLine(c.vitals),
    t?.news2 ? `NEWS2 ${t.news2.total} (${t.news2.band})${t.news2.complete ? "" : `, incomplete (missing ${t.news2.missing.join(", ")})`}.` : "",
    t ? `Triage: ${t.riskLevel} risk, score ${t.triageScore}, urgency ${t.urgency}. ${t.redFlags.length ? `Red flags: ${t.redFlags.map((f) => f.label).join("; ")}.` : "No red flags."}` : "",
    "Asynchronous e-visit: no physical examination performed.",
  ].filter(Boolean).join(" ");
  const notesCode = ctx.providerNotes.primaryDiagnosisCode;
  const working = notesCode && condition && normalize(condition.code) === normalize(notesCode)
    ? `${condition.description} (${condition.code}), per clinician notes.`
    : `${assessment.primaryDiagnosis.description} (${assessment.primaryDiagnosis.icd10Code}), confidence ${assessment.primaryDiagnosis.confidence.toFixed(2)}.`;
  const differential = assessment.alternatives.length ? ` Differential: ${assessment.alternatives.map((a) => `${a.description} (${a.icd10Code})`).join("; ")}.` : "";
  const plan = emergency
    ? `Emergency: ${emergency.label}. Direct the patient to emergency services (911) now; convert to a synchronous visit; document the advice given.`
    : [condition?.plan ?? "Clinical review of the history; consider a synchronous or in-person visit.", ctx.providerNotes.plan ? `Clinician plan: ${ctx.providerNotes.plan}` : "", `Safety-net advice given; follow up in ${condition?.followUpDays ?? 3} days or sooner if worse.`].filter(Boolean).join(" ");
  return { subjective, objective, assessment: `${working}${differential}`, plan };
}
