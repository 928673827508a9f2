/**
 * Thresholds of the suspicious-access detector, from the environment (the one
 * place they are read). Every variable is optional:
 *
 * | variable                             | default | meaning                                                                 |
 * |--------------------------------------|---------|-------------------------------------------------------------------------|
 * | AUDIT_ALERT_WINDOW_MINUTES           | 15      | M: the sliding window each rule counts over                             |
 * | AUDIT_ALERT_MAX_PATIENTS             | 25      | N: alert when one user opens more than N distinct patients' records in M |
 * | AUDIT_ALERT_MAX_OUT_OF_SCOPE         | 1       | alert when one user is refused more than this many consultations outside their scope in M |
 * | AUDIT_ALERT_MAX_DENIALS              | 5       | K: alert when one user has more than K refused attempts in M              |
 * | AUDIT_ALERT_BREAK_GLASS_LOOKBACK_MINUTES | 60  | how far back each run looks for BREAK_GLASS entries not yet alerted (covers worker downtime) |
 */
import { z } from "zod";

const positive = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);

const ZAuditAlertConfig = z.object({
  AUDIT_ALERT_WINDOW_MINUTES: positive(15),
  AUDIT_ALERT_MAX_PATIENTS: positive(25),
  AUDIT_ALERT_MAX_OUT_OF_SCOPE: positive(1),
  AUDIT_ALERT_MAX_DENIALS: positive(5),
  AUDIT_ALERT_BREAK_GLASS_LOOKBACK_MINUTES: positive(60),
});

export interface AuditAlertConfig {
  windowMinutes: number;
  maxPatients: number;
  maxOutOfScope: number;
  maxDenials: number;
  breakGlassLookbackMinutes: number;
}

/** Reads and validates the thresholds; a bad value fails loudly instead of silently disabling a rule. */
export function getAuditAlertConfig(env: NodeJS.ProcessEnv = process.env): AuditAlertConfig {
  const parsed = ZAuditAlertConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid audit alert configuration:\n${lines}`);
  }
  const c = parsed.data;
  return {
    windowMinutes: c.AUDIT_ALERT_WINDOW_MINUTES,
    maxPatients: c.AUDIT_ALERT_MAX_PATIENTS,
    maxOutOfScope: c.AUDIT_ALERT_MAX_OUT_OF_SCOPE,
    maxDenials: c.AUDIT_ALERT_MAX_DENIALS,
    breakGlassLookbackMinutes: c.AUDIT_ALERT_BREAK_GLASS_LOOKBACK_MINUTES,
  };
}
