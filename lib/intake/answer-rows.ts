/**
 * The "Check your answers" list: every answer in plain words, in the
 * patient's language, each with the page that asks it (for "Change").
 */
import { consultationTypeLabel } from "../consultations/consultation-types";
import type { IntakeText, Locale } from "../i18n/intake-text";
import type { TIntakeDraftValues } from "../schemas/intake-form";
import { symptomLabel } from "./common-symptoms";
import type { IntakeStep } from "./intake-steps";

export interface AnswerRow {
  key: string;
  label: string;
  lines: string[];
  step: IntakeStep;
}

export function answerRows(v: TIntakeDraftValues, t: IntakeText, locale: Locale, opts: { askPregnancy: boolean; fileNames: string[] }): AnswerRow[] {
  const c = t.check;
  const none = [c.none];
  const missing = [c.notAnswered];
  const rows: AnswerRow[] = [
    { key: "reason", label: c.rows.reason, step: "reason", lines: v.consultationType ? [consultationTypeLabel(v.consultationType, locale)] : missing },
    { key: "complaint", label: c.rows.complaint, step: "symptoms", lines: v.chiefComplaint ? [v.chiefComplaint] : missing },
    { key: "symptoms", label: c.rows.symptoms, step: "symptoms", lines: symptomLines(v, locale, none) },
    { key: "details", label: c.rows.details, step: "symptoms", lines: v.details?.trim() ? [v.details.trim()] : none },
    { key: "onset", label: c.rows.onset, step: "timing", lines: v.onset ? [t.timing.onset[v.onset]] : missing },
    { key: "severity", label: c.rows.severity, step: "timing", lines: v.severity !== undefined ? [c.severityValue(v.severity)] : missing },
    { key: "readings", label: c.rows.readings, step: "readings", lines: readingLines(v, t) },
    {
      key: "medicines", label: c.rows.medicines, step: "medicines",
      lines: v.takesMedicines === "yes" ? (v.medications ?? []).map((m) => [m.name, m.dose, m.frequency].filter(Boolean).join(", ")) : v.takesMedicines === "no" ? none : missing,
    },
    {
      key: "allergies", label: c.rows.allergies, step: "medicines",
      lines: v.hasAllergies === "yes"
        ? (v.allergies ?? []).map((a) => [a.substance, a.reaction, a.type === "intolerance" ? t.medicines.allergyType.intolerance.split(" (")[0] : null].filter(Boolean).join(", "))
        : v.hasAllergies === "no" ? [c.noAllergies] : missing,
    },
  ];
  if (opts.askPregnancy) {
    rows.push({ key: "pregnancy", label: c.rows.pregnancy, step: "about-you", lines: v.pregnancyStatus ? [t.aboutYou.pregnancy[v.pregnancyStatus]] : missing });
  }
  rows.push(
    { key: "language", label: c.rows.language, step: "about-you", lines: [t.languages[v.preferredLanguage ?? "en"]] },
    { key: "files", label: c.rows.files, step: "photos", lines: opts.fileNames.length ? [c.filesCount(opts.fileNames.length), ...opts.fileNames] : none },
    { key: "consent", label: c.rows.consent, step: "consent", lines: v.consentAccepted ? [c.agreed] : missing },
  );
  return rows;
}

function symptomLines(v: TIntakeDraftValues, locale: Locale, none: string[]): string[] {
  const lines = (v.symptoms ?? []).map((s) => symptomLabel(s, locale));
  if (v.otherSymptoms?.trim()) lines.push(v.otherSymptoms.trim());
  return lines.length ? lines : none;
}

function readingLines(v: TIntakeDraftValues, t: IntakeText): string[] {
  const r = v.vitals;
  const l = t.check.readingLines;
  const u = t.readings.units;
  if (!r) return [t.check.none];
  const lines: string[] = [];
  if (r.systolic !== undefined && r.diastolic !== undefined) lines.push(`${l.bp}: ${r.systolic}/${r.diastolic} ${u.mmHg}`);
  if (r.heartRate !== undefined) lines.push(`${l.heartRate}: ${r.heartRate} ${u.bpm}`);
  if (r.respiratoryRate !== undefined) lines.push(`${l.breathing}: ${r.respiratoryRate} ${u.perMinute}`);
  if (r.temperature !== undefined) lines.push(`${l.temperature}: ${r.temperature} °${r.temperatureUnit}`);
  if (r.oxygenSaturation !== undefined) lines.push(`${l.oxygen}: ${r.oxygenSaturation}${u.percent}`);
  if (r.onSupplementalOxygen === "yes" || r.onSupplementalOxygen === "no") lines.push(`${l.onOxygen}: ${r.onSupplementalOxygen === "yes" ? t.yes : t.no}`);
  if (r.consciousness) lines.push(`${l.alert}: ${t.readings.alert[r.consciousness]}`);
  return lines.length ? lines : [t.check.none];
}
