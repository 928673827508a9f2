/**
 * Reads Prescription.lastError ("CODE: text") for the pharmacist's queue: the plain text, and
 * whether pressing Resend can help. Configuration refusals (no BAA, disabled gateway, EPCS) will
 * refuse again, so the page says so instead of offering a button that cannot work.
 */
const CONFIGURATION_CODES = new Set(["NO_BAA", "GATEWAY_DISABLED", "GATEWAY_NOT_REGISTERED", "GATEWAY_NOT_IMPLEMENTED", "EPCS_NOT_SUPPORTED", "NO_PHARMACY", "NO_PRESCRIBER"]);

export interface ManualQueueReason {
  code: string;
  text: string;
  resendCanHelp: boolean;
}

export function manualQueueReason(lastError: string | null): ManualQueueReason {
  const m = /^([A-Z0-9_]{2,40}):\s*(.*)$/s.exec(lastError ?? "");
  const code = m?.[1] ?? "UNKNOWN";
  return { code, text: (m?.[2] ?? lastError ?? "No reason was recorded.").trim(), resendCanHelp: !CONFIGURATION_CODES.has(code) };
}
