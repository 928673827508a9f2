/**
 * The closed vocabulary of audit actions. Pure (no I/O) so that schemas, pages
 * and the writer in server/audit/record-audit-log.ts share one list.
 */
export const AUDIT_ACTIONS = [
  "READ", "CREATE", "UPDATE", "DELETE", "EXPORT", "PRINT", "LOGIN", "LOGIN_FAILED", "LOGOUT", "MFA",
  "BREAK_GLASS", "TRANSITION", "SEARCH", "LOCKOUT", "SUBSCRIBE",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Short labels for staff screens (the select in the audit search form, CSV cells). */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  READ: "Read",
  CREATE: "Create",
  UPDATE: "Update",
  DELETE: "Delete",
  EXPORT: "Export",
  PRINT: "Print",
  LOGIN: "Sign-in",
  LOGIN_FAILED: "Failed sign-in",
  LOGOUT: "Sign-out",
  MFA: "MFA",
  BREAK_GLASS: "Break-the-glass",
  TRANSITION: "Status change",
  SEARCH: "Search",
  LOCKOUT: "Account lockout",
  SUBSCRIBE: "Live updates",
};

/** Label for a stored action; unknown (legacy) values are shown as stored. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}
