/**
 * Drug-drug interaction check: proposed vs current and proposed vs proposed (current vs
 * current is the existing regimen and is not re-litigated here). One finding per drug pair;
 * when several rules match the pair, the most severe sets severity and every matched rule
 * contributes its effect, management and source. Rules are in interaction-rules.ts.
 */
import { matchInteractionRules, SEVERITY_RANK, type RuleMatch } from "./interaction-rules";
import type { Med } from "./types";
import type { TInteractionFinding } from "../schemas/medication-safety";

const unique = (items: string[]) => [...new Set(items)];

function finding(first: Med, second: Med, matches: RuleMatch[], between: TInteractionFinding["between"]): TInteractionFinding {
  const sorted = [...matches].sort((x, y) => SEVERITY_RANK[x.rule.severity] - SEVERITY_RANK[y.rule.severity]);
  // A non-interruptive rule adds nothing once an interruptive rule matched the same pair.
  const relevant = sorted.some((m) => !m.rule.nonInterruptive) ? sorted.filter((m) => !m.rule.nonInterruptive) : sorted;
  const top = relevant[0];
  const [n1, n2] = [first.drug.name, second.drug.name];
  // Side order of the deciding rule; alphabetical when the pair matches both ways (two QT drugs).
  const drugs: [string, string] =
    top.firstIsA === undefined ? ([n1, n2].sort() as [string, string]) : top.firstIsA ? [n1, n2] : [n2, n1];
  const nonInterruptive = relevant.every((m) => m.rule.nonInterruptive);
  const severity = top.rule.severity;
  return {
    id: `ddi:${drugs[0]}+${drugs[1]}`,
    drugs,
    severity,
    effect: unique(relevant.map((m) => m.rule.effect)).join("; "),
    management: unique(relevant.map((m) => m.rule.management)).join(" "),
    source: unique(relevant.map((m) => m.rule.source)).join("; "),
    ruleIds: relevant.map((m) => m.rule.id),
    nonInterruptive,
    between,
    // Pairs in nonInterruptive never block (Phansalkar 2013); critical = contraindicated.
    blocking: severity === "critical" && !nonInterruptive,
  };
}

/** Interaction findings, most severe first, de-duplicated by id. */
export function checkInteractions(proposed: readonly Med[], current: readonly Med[]): TInteractionFinding[] {
  const known = (meds: readonly Med[]) => meds.filter((m) => m.drug.known);
  const p = known(proposed);
  const c = known(current);
  const byId = new Map<string, TInteractionFinding>();
  const visit = (first: Med, second: Med, between: TInteractionFinding["between"]) => {
    const matches = matchInteractionRules(first.drug.keys, second.drug.keys);
    if (matches.length === 0) return;
    const f = finding(first, second, matches, between);
    const seen = byId.get(f.id);
    if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) byId.set(f.id, f);
  };
  for (let i = 0; i < p.length; i++) {
    for (let j = i + 1; j < p.length; j++) visit(p[i], p[j], "proposed-proposed");
    for (const other of c) visit(p[i], other, "proposed-current");
  }
  return [...byId.values()].sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || x.id.localeCompare(y.id));
}
