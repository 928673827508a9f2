/**
 * Which pages still need an answer before the intake can be sent: each page's
 * own rules, then the whole Intake contract (the check page lists these with
 * links instead of letting the patient press Send and fail).
 */
import { ZIntake } from "../schemas/intake";
import type { TIntakeDraftValues } from "../schemas/intake-form";
import { INTAKE_STEPS, stepForIntakePath, stepSchema, type IntakeStep, type StepOptions } from "./intake-steps";
import { toIntake } from "./to-intake";

export function findUnansweredSteps(values: TIntakeDraftValues, opts: StepOptions & { attachmentIds: string[] }): IntakeStep[] {
  const out = new Set<IntakeStep>();
  for (const step of INTAKE_STEPS) if (!stepSchema(step, opts).safeParse(values).success) out.add(step);
  const whole = ZIntake.safeParse(toIntake(values, opts));
  for (const issue of whole.error?.issues ?? []) out.add(stepForIntakePath(issue.path.join(".")));
  return INTAKE_STEPS.filter((s) => out.has(s));
}
