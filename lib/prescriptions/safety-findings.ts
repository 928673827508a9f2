/**
 * One view of the engine's findings for prescribing: what the clinician must read, what
 * interrupts (the blocking dialog, UI.md "Safety findings interrupt") and whether an override
 * is complete. Shared by the prescribing panel and the approval use-case, so the dialog asks
 * for exactly the acknowledgements the server will demand.
 */
import type { TMedicationSafetyCheckResult } from "../schemas/medication-safety";
import { MIN_OVERRIDE_RATIONALE } from "../schemas/prescriptions";

export type FindingSeverity = "critical" | "major" | "moderate" | "minor";

export interface SafetyFindingView {
  id: string;
  kind: "interaction" | "allergy" | "dose" | "duplicate";
  severity: FindingSeverity;
  /** Contraindicated: the engine blocks without an override. */
  blocking: boolean;
  /** Shown in the blocking dialog and acknowledged one by one (blocking or major). */
  interruptive: boolean;
  drugs: string[];
  title: string;
  effect: string;
  management: string;
  source?: string;
}

const ORDER: Record<FindingSeverity, number> = { critical: 0, major: 1, moderate: 2, minor: 3 };

/** Every finding with a title, effect and management, most serious first. */
export function describeFindings(r: TMedicationSafetyCheckResult): SafetyFindingView[] {
  const out: SafetyFindingView[] = [
    ...r.interactions.map((i): SafetyFindingView => ({
      id: i.id, kind: "interaction", severity: i.severity, blocking: i.blocking,
      interruptive: i.blocking || (i.severity === "major" && !i.nonInterruptive) || (i.severity === "critical" && !i.nonInterruptive),
      drugs: [...i.drugs], title: `${i.drugs[0]} + ${i.drugs[1]}: ${i.severity} interaction`, effect: i.effect, management: i.management, source: i.source,
    })),
    ...r.allergyConflicts.map((a): SafetyFindingView => ({
      id: a.id, kind: "allergy", severity: a.blocking ? "critical" : a.type === "allergy" ? "major" : "moderate", blocking: a.blocking,
      interruptive: a.blocking || a.type === "allergy",
      drugs: [a.drug], title: `${a.drug}: ${a.kind === "direct" ? "recorded allergy" : `cross-reactivity with ${a.allergen} allergy`}`,
      effect: a.message, management: a.blocking ? "Choose another drug unless the allergy has been evaluated and ruled out." : `Cross-reactivity risk: ${a.risk}. Confirm the reaction history before prescribing.`,
      source: a.source,
    })),
    ...r.doseIssues.map((d): SafetyFindingView => ({
      id: d.id, kind: "dose", severity: d.severity, blocking: d.blocking, interruptive: d.blocking || d.severity === "major" || d.severity === "critical",
      drugs: [d.drug], title: `${d.drug}: ${d.code.toLowerCase().replace(/_/g, " ")}`, effect: d.message,
      management: d.limit ? `Limit ${d.limit.value} ${d.limit.unit} (${d.limit.basis}). Adjust the dose or frequency.` : "Review the dose against the label.",
      source: d.source,
    })),
    ...r.duplicateTherapy.map((d): SafetyFindingView => ({
      id: d.id, kind: "duplicate", severity: d.blocking ? "critical" : "moderate", blocking: d.blocking, interruptive: d.blocking,
      drugs: [...d.drugs], title: `Duplicate therapy: ${d.classLabel}`, effect: d.message, management: "Stop one of them, or confirm both are intended.",
    })),
  ];
  return out.sort((a, b) => Number(b.blocking) - Number(a.blocking) || ORDER[a.severity] - ORDER[b.severity] || a.id.localeCompare(b.id));
}

/** Ids the prescriber must acknowledge one by one to override: every blocking and major finding. */
export function interruptiveFindingIds(r: TMedicationSafetyCheckResult): string[] {
  const ids = new Set(r.blockingFindingIds);
  for (const f of describeFindings(r)) if (f.interruptive) ids.add(f.id);
  return [...ids];
}

/** Gaps that need a reason even without a finding: unknown drugs and checks that could not run. */
export function uncheckedNotes(r: TMedicationSafetyCheckResult): string[] {
  return [...new Set([...r.unknownDrugs.map((d) => `"${d}" is not a known drug: it was not checked.`), ...r.incompleteChecks.map((i) => i.message)])];
}

export interface OverrideInput {
  rationale?: string;
  acknowledgedFindingIds?: readonly string[];
}

export interface OverrideVerdict {
  /** The check needs an override (blocked, major finding, unknown drug or incomplete check). */
  required: boolean;
  satisfied: boolean;
  missingFindingIds: string[];
  rationaleMissing: boolean;
  /** The acknowledged ids that match findings of this result (stale ids are dropped). */
  acknowledged: string[];
}

/** Does `override` cover what `r` requires? Pure; the server calls it with its own re-run result. */
export function evaluateOverride(r: TMedicationSafetyCheckResult, override?: OverrideInput): OverrideVerdict {
  const needed = interruptiveFindingIds(r);
  const required = r.requiresOverride || r.blocked || needed.length > 0;
  const acked = new Set(override?.acknowledgedFindingIds ?? []);
  const known = new Set(describeFindings(r).map((f) => f.id));
  const missingFindingIds = needed.filter((id) => !acked.has(id));
  const rationaleMissing = (override?.rationale?.trim().length ?? 0) < MIN_OVERRIDE_RATIONALE;
  return {
    required,
    satisfied: !required || (missingFindingIds.length === 0 && !rationaleMissing),
    missingFindingIds: required ? missingFindingIds : [],
    rationaleMissing: required && rationaleMissing,
    acknowledged: [...acked].filter((id) => known.has(id)),
  };
}
