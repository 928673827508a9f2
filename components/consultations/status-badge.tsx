import type { ConsultationStatus } from "@/lib/consultations/statuses";
import { STATUS_MESSAGES } from "@/lib/consultations/status-messages";

const TONE: Partial<Record<ConsultationStatus, string>> = {
  completed: "bg-ok-light text-ok border-ok",
  prescription_sent: "bg-ok-light text-ok border-ok",
  cancelled: "bg-surface text-muted border-line",
  escalated: "bg-danger text-white border-danger",
  requires_info: "bg-warn-light text-warn border-warn",
};

/** Patient-facing status label (plain words, not the internal state name). */
export function StatusBadge({ status, locale = "en" }: { status: ConsultationStatus; locale?: string }) {
  const text = STATUS_MESSAGES[status][locale === "es" ? "es" : "en"].title;
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TONE[status] ?? "border-brand bg-brand-light text-brand-dark"}`}>
      {text}
    </span>
  );
}
