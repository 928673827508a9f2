/**
 * Suspicious-access alert kinds: what each one means, how serious it is, and
 * the sentence supervisors read. Pure; detection lives in
 * server/audit/detect-suspicious-access.ts. Sentences name staff and counts,
 * never patients (alerts travel to notifications and e-mail).
 */
export const AUDIT_ALERT_KINDS = ["many_patients", "out_of_scope_access", "repeated_denials", "break_glass"] as const;
export type AuditAlertKind = (typeof AUDIT_ALERT_KINDS)[number];
export type AuditAlertSeverity = "high" | "medium";

export const AUDIT_ALERT_META: Record<AuditAlertKind, { label: string; severity: AuditAlertSeverity; why: string }> = {
  many_patients: {
    label: "Many patient records opened",
    severity: "high",
    why: "One person opened far more patients' records than usual in a short time (possible snooping).",
  },
  out_of_scope_access: {
    label: "Access outside assignments",
    severity: "high",
    why: "Repeated attempts to open consultations outside the person's assignments or queue, without emergency access.",
  },
  repeated_denials: {
    label: "Repeated refused attempts",
    severity: "medium",
    why: "Many refused attempts in a short time (wrong passwords, forbidden pages or records).",
  },
  break_glass: {
    label: "Emergency access used",
    severity: "medium",
    why: "Break-the-glass access must be reviewed after the fact.",
  },
};

/** What the detector stores in AuditAlert.details (ids and counts only). */
export interface AuditAlertDetails {
  count?: number;
  threshold?: number;
  windowMinutes?: number;
  windowStart?: string;
  windowEnd?: string;
  auditLogId?: string;
  consultationId?: string | null;
  justification?: string | null;
}

export function isAuditAlertKind(kind: string): kind is AuditAlertKind {
  return (AUDIT_ALERT_KINDS as readonly string[]).includes(kind);
}

/** One sentence for a notification or the alerts table, e.g. "Dr. Jordan Lee opened 31 patients' records in 15 minutes (limit 25)." */
export function describeAuditAlert(kind: string, actorName: string | null, d: AuditAlertDetails): string {
  const who = actorName ?? "An unknown user";
  const minutes = d.windowMinutes ? ` in ${d.windowMinutes} minutes` : "";
  const limit = d.threshold !== undefined ? ` (limit ${d.threshold})` : "";
  switch (kind) {
    case "many_patients":
      return `${who} opened ${d.count ?? "many"} patients' records${minutes}${limit}.`;
    case "out_of_scope_access":
      return `${who} was refused ${d.count ?? "several"} consultations outside their assignments${minutes}${limit}.`;
    case "repeated_denials":
      return `${who} had ${d.count ?? "many"} refused attempts${minutes}${limit}.`;
    case "break_glass":
      return `${who} used emergency (break-the-glass) access${d.justification ? `: “${d.justification}”` : ""}.`;
    default:
      return `${who}: ${kind}.`;
  }
}
