/**
 * Drug-drug interaction rules compiled once at load from data/ddi-high-priority.json:
 * - oncHighPriority: the 15 ONC pairs (Phansalkar S et al., JAMIA 2012;19(5):735-43)
 * - additionalContraindicated, major: FDA-approved labeling (DailyMed, public domain)
 * - localAdditions: engine additions, each citing its label source
 * - nonInterruptive: Phansalkar S et al., JAMIA 2013;20(3):489-93 - never block
 * Class sides expand to class members; matching is order-independent.
 */
import ddi from "./data/ddi-high-priority.json";
import { DDI_CLASSES } from "./drug-classes";
import type { TInteractionFinding } from "../schemas/medication-safety";

export type Severity = TInteractionFinding["severity"];

export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, major: 1, moderate: 2, minor: 3 };

type SideData = { drug?: string; drugs?: string[]; class?: string; classes?: string[]; classLabel?: string; examples?: string[] };
type RuleData = {
  id: string;
  a: SideData;
  b: SideData;
  severity: string;
  effect?: string;
  management?: string;
  notes?: string;
  source: string;
};

export interface InteractionRule {
  id: string;
  severity: Severity;
  effect: string;
  management: string;
  source: string;
  nonInterruptive: boolean;
  a: Set<string>;
  b: Set<string>;
}

function sideKeys(side: SideData, ruleId: string): Set<string> {
  const keys = new Set<string>();
  for (const n of [side.drug, ...(side.drugs ?? []), ...(side.examples ?? [])]) if (n) keys.add(n.toLowerCase());
  for (const cls of [side.class, ...(side.classes ?? [])]) {
    if (!cls) continue;
    const members = DDI_CLASSES.get(cls)?.members;
    if (!members) throw new Error(`interaction rule ${ruleId}: unknown class "${cls}"`);
    members.forEach((m) => keys.add(m));
  }
  return keys;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Management advice: the rule's own `management` if present, else the data's severity scale
 * wording ("contraindicated; do not co-prescribe") followed by the rule's notes.
 */
function managementOf(rule: RuleData, severity: Severity): string {
  if (rule.management) return rule.management;
  const scale = (ddi.severityScale as Record<string, string>)[severity];
  return [capitalise(scale) + ".", rule.notes ? capitalise(rule.notes) + "." : ""].join(" ").trim();
}

function compile(rule: RuleData, nonInterruptive: boolean): InteractionRule {
  if (!(rule.severity in SEVERITY_RANK)) throw new Error(`interaction rule ${rule.id}: bad severity`);
  const severity = rule.severity as Severity;
  const effect =
    rule.effect ?? rule.notes ?? `${rule.a.classLabel} + ${rule.b.classLabel}: low-priority interaction (informational)`;
  return {
    id: rule.id,
    severity,
    effect,
    management: managementOf(rule, severity),
    source: rule.source,
    nonInterruptive,
    a: sideKeys(rule.a, rule.id),
    b: sideKeys(rule.b, rule.id),
  };
}

/** Every interaction rule, most severe list first. */
export const INTERACTION_RULES: readonly InteractionRule[] = [
  ...[ddi.oncHighPriority, ddi.additionalContraindicated, ddi.major, ddi.localAdditions].flatMap((list) =>
    (list as RuleData[]).map((r) => compile(r, false)),
  ),
  ...(ddi.nonInterruptive as RuleData[]).map((r) => compile(r, true)),
];

/** Key -> rules that mention it on side a / side b. Lets a pair check touch only relevant rules. */
const BY_KEY = new Map<string, { rule: InteractionRule; side: "a" | "b" }[]>();
for (const rule of INTERACTION_RULES) {
  for (const side of ["a", "b"] as const) {
    for (const key of rule[side]) BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), { rule, side }]);
  }
}

/** A rule matched by two medications; `firstIsA` tells which medication sits on side a. */
export interface RuleMatch {
  rule: InteractionRule;
  /** true/false when only one orientation matches; undefined when both do (same-class pairs). */
  firstIsA: boolean | undefined;
}

/**
 * Rules matched by two medications given their keys (product + ingredients). The same
 * ingredient never interacts with itself, so same-class rules (two QT drugs) need two
 * different members.
 */
export function matchInteractionRules(first: readonly string[], second: readonly string[]): RuleMatch[] {
  let matches: RuleMatch[] | undefined;
  for (const k1 of first) {
    const entries = BY_KEY.get(k1);
    if (!entries) continue;
    for (const { rule, side } of entries) {
      const other = side === "a" ? rule.b : rule.a;
      if (!second.some((k2) => k2 !== k1 && other.has(k2))) continue;
      const firstIsA = side === "a";
      matches ??= [];
      const seen = matches.find((m) => m.rule === rule);
      if (!seen) matches.push({ rule, firstIsA });
      else if (seen.firstIsA !== firstIsA) seen.firstIsA = undefined;
    }
  }
  return matches ?? [];
}
