/**
 * Patient-facing text for status-change notifications, in English or Spanish.
 * No PHI: the reference number, the status in plain words and the expected
 * response time only (the same text is used for the e-mail body).
 */
import { STATUS_MESSAGES } from "../consultations/status-messages";
import type { ConsultationStatus } from "../consultations/statuses";

const T = {
  en: { title: (ref: string) => `Update on your consultation ${ref}`, eta: (t: string) => `We expect a clinician to respond by ${t}.`, locale: "en-US" },
  es: { title: (ref: string) => `Novedades de su consulta ${ref}`, eta: (t: string) => `Esperamos que un profesional responda antes de las ${t}.`, locale: "es-US" },
};

export function statusNotification(opts: { status: ConsultationStatus; reference: string; language: string; expectedBy?: Date | null; timeZone?: string }) {
  const lang = opts.language === "es" ? "es" : "en";
  const t = T[lang];
  const msg = STATUS_MESSAGES[opts.status][lang];
  const waiting = ["triaged", "assigned", "in_review", "requires_peer_review"].includes(opts.status);
  const eta = waiting && opts.expectedBy
    ? ` ${t.eta(opts.expectedBy.toLocaleString(t.locale, { timeZone: opts.timeZone ?? "America/New_York", hour: "numeric", minute: "2-digit", weekday: "short" }))}`
    : "";
  return { title: t.title(opts.reference), body: `${msg.title}. ${msg.detail}${eta}` };
}

/** Kinds of notification that are also e-mailed to staff (reminders stay in-app). */
export const STAFF_EMAIL_KINDS = new Set(["sla_breach", "break_glass", "audit_alert", "supervisor_message", "escalation", "manual_pharmacy_queue"]);
