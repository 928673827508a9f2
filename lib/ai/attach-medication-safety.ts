/**
 * Every AI medication suggestion passes through the medication-safety engine with the patient's
 * own medicines, allergies, age, weight, sex, renal function and pregnancy status before a
 * provider sees it. The verdict is attached to the suggestion:
 * - flagged: blocked, or an interruptive finding (contraindication, allergy, major interaction
 *   or dose problem). Shown with its findings, never as recommended.
 * - check: nothing found, but the check was incomplete (unknown drug, missing renal function…).
 * - recommended: every check ran and nothing needs the prescriber's attention.
 * The prescribing flow re-runs the full check at approval; this is the first gate, not the last.
 */
import { checkMedicationSafety } from "../medication-safety";
import { describeFindings, uncheckedNotes } from "../prescriptions/safety-findings";
import { ZMedicationSafetyCheckInput, type TAllergyEntry, type TMedicationEntry } from "../schemas/medication-safety";
import type { TMedicationsModelOutput, TMedicationsOutput } from "../schemas/ai";
import type { AiContext } from "./ai-context";
import { parseDoseMg, parseFrequencyPerDay } from "./parse-dosing";

type Suggestion = TMedicationsModelOutput["medications"][number];
type Safety = TMedicationsOutput["medications"][number]["safety"];

function currentMedicines(ctx: AiContext): TMedicationEntry[] {
  const seen = new Set<string>();
  const out: TMedicationEntry[] = [];
  for (const m of ctx.patient.currentMedications) {
    if (seen.has(m.name.toLowerCase())) continue;
    seen.add(m.name.toLowerCase());
    out.push({ name: m.name.slice(0, 200), ...(m.doseMg ? { doseMg: m.doseMg } : {}), ...(m.frequencyPerDay ? { frequencyPerDay: m.frequencyPerDay } : {}) });
  }
  for (const m of ctx.consultation.reportedMedications) {
    if (seen.has(m.name.toLowerCase())) continue;
    seen.add(m.name.toLowerCase());
    out.push(m.name.slice(0, 200));
  }
  return out.slice(0, 50);
}

function allergies(ctx: AiContext): TAllergyEntry[] {
  const all = [...ctx.patient.allergies, ...ctx.consultation.reportedAllergies];
  const seen = new Set<string>();
  return all
    .filter((a) => !seen.has(a.substance.toLowerCase()) && seen.add(a.substance.toLowerCase()))
    .map((a): TAllergyEntry => ({
      substance: a.substance.slice(0, 200),
      ...(a.reaction ? { reaction: a.reaction.slice(0, 200) } : {}),
      ...(a.type === "allergy" || a.type === "intolerance" ? { type: a.type } : {}),
    }))
    .slice(0, 50);
}

function pregnant(status: string): boolean | undefined {
  if (status === "pregnant") return true;
  if (status === "not_pregnant" || status === "not_applicable") return false;
  return undefined;
}

/** The safety verdict of one suggestion for this patient. */
export function checkSuggestion(s: Suggestion, ctx: AiContext): Safety & { doseMg: number | null; frequencyPerDay: number | null } {
  const doseMg = parseDoseMg(s.dose);
  const frequencyPerDay = parseFrequencyPerDay(s.frequency);
  const p = ctx.patient;
  const parsed = ZMedicationSafetyCheckInput.safeParse({
    proposed: [{ name: s.name, ...(doseMg ? { doseMg } : {}), ...(frequencyPerDay && frequencyPerDay <= 24 ? { frequencyPerDay } : {}), durationDays: s.durationDays }],
    current: currentMedicines(ctx),
    allergies: allergies(ctx),
    patient: {
      age: typeof p.age === "number" ? p.age : 90,
      ...(p.weightKg ? { weightKg: p.weightKg } : {}),
      sex: p.sex === "female" || p.sex === "male" || p.sex === "other" ? p.sex : "unknown",
      ...(p.serumCreatinine ? { serumCreatinine: p.serumCreatinine } : {}),
      ...(pregnant(p.pregnancyStatus) !== undefined ? { pregnant: pregnant(p.pregnancyStatus) } : {}),
    },
  });
  if (!parsed.success) {
    return {
      doseMg, frequencyPerDay, status: "check", summary: "The safety check could not run on this suggestion: check it by hand.",
      findings: [{ id: "unchecked:input", kind: "unchecked", severity: "unknown", title: "Not checked", detail: "The suggestion or the patient record could not be read by the safety engine." }],
      ruleSetVersion: "n/a",
    };
  }
  const result = checkMedicationSafety(parsed.data);
  const described = describeFindings(result);
  const notes = uncheckedNotes(result);
  const findings: Safety["findings"] = [
    ...described.map((f) => ({ id: f.id, kind: f.kind, severity: f.severity, title: f.title, detail: `${f.effect} ${f.management}`.trim() })),
    ...notes.map((n, i) => ({ id: `unchecked:${i}`, kind: "unchecked" as const, severity: "unknown" as const, title: "Check incomplete", detail: n })),
  ];
  const flagged = result.blocked || described.some((f) => f.interruptive);
  const status: Safety["status"] = flagged ? "flagged" : result.requiresOverride || notes.length > 0 ? "check" : "recommended";
  const first = described.find((f) => f.interruptive) ?? described[0];
  const summary =
    status === "flagged" ? `Not recommended: ${first?.title ?? "blocked by the safety check"}.`
    : status === "check" ? `Safety check incomplete: ${notes[0] ?? first?.title ?? "review by hand"}`
    : described.length ? `No blocking findings; ${described.length} note${described.length > 1 ? "s" : ""} to read.`
    : "Passed the interaction, allergy, dose and duplicate-therapy checks.";
  return { doseMg, frequencyPerDay, status, summary, findings, ruleSetVersion: result.ruleSetVersion };
}

/** The stored medications output: each suggestion with its parsed dosing and safety verdict. */
export function attachMedicationSafety(output: TMedicationsModelOutput, ctx: AiContext): TMedicationsOutput {
  return {
    medications: output.medications.map((s) => {
      const { doseMg, frequencyPerDay, ...safety } = checkSuggestion(s, ctx);
      return { ...s, doseMg, frequencyPerDay, safety };
    }),
  };
}
