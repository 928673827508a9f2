/**
 * Plain-language sentences for the patient's "Who viewed my record" page, in
 * English and Spanish (reading age ~9-11, no internal codes): "Dr. Jordan Lee
 * (provider) viewed your consultation “Sore throat…”". Pure.
 */
import { STATUS_MESSAGES, type Locale } from "../consultations/status-messages";
import type { ConsultationStatus } from "../consultations/statuses";

export interface AccessFacts {
  action: string;
  resourceType: string;
  actorName: string | null;
  actorRole: string | null;
  /** The patient's own words for the consultation (chief complaint), when the entry is about one. */
  consultationTitle?: string | null;
  /** How many consultations a list view showed (list entries only). */
  consultationCount?: number;
  /** New status, for status changes. */
  statusTo?: ConsultationStatus | null;
}

const ROLE: Record<Locale, Record<string, string>> = {
  en: { provider: "provider", supervisor: "supervisor", pharmacist: "pharmacist", admin: "administrator", patient: "patient", system: "automatic" },
  es: { provider: "profesional médico", supervisor: "supervisor", pharmacist: "farmacéutico", admin: "administrador", patient: "paciente", system: "automático" },
};

const SOMEONE: Record<Locale, string> = { en: "A member of staff", es: "Un miembro del personal" };

/** Shortens a title to about `max` characters at a word boundary, with an ellipsis. */
export function shortTitle(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/** "Name (role)" in the patient's language. */
export function describeActor(name: string | null, role: string | null, locale: Locale): string {
  const who = name ?? SOMEONE[locale];
  const r = role ? (ROLE[locale][role] ?? role) : null;
  return r ? `${who} (${r})` : who;
}

function what(f: AccessFacts, l: Locale): string {
  const t = f.consultationTitle ? ` “${shortTitle(f.consultationTitle)}”` : "";
  const es = l === "es";
  switch (`${f.action}:${f.resourceType}`) {
    case "READ:consultation":
      return es ? `vio su consulta${t}` : `viewed your consultation${t}`;
    case "READ:consultation_history":
      return es ? `vio el historial de su consulta${t}` : `viewed the history of your consultation${t}`;
    case "READ:consultation_list":
      if ((f.consultationCount ?? 1) > 1) return es ? `vio ${f.consultationCount} de sus consultas en una lista` : `saw ${f.consultationCount} of your consultations in a list`;
      return es ? `vio su consulta${t} en una lista` : `saw your consultation${t} in a list`;
    case "BREAK_GLASS:consultation":
      return es ? `abrió su consulta${t} con acceso de emergencia` : `opened your consultation${t} using emergency access`;
    case "SUBSCRIBE:consultation":
      return es ? `siguió en vivo los cambios de su consulta${t}` : `followed live updates on your consultation${t}`;
  }
  switch (f.action) {
    case "TRANSITION": {
      const status = f.statusTo ? `: “${STATUS_MESSAGES[f.statusTo][l].title}”` : "";
      return es ? `actualizó su consulta${t}${status}` : `updated your consultation${t}${status}`;
    }
    case "CREATE":
      return es ? `creó una consulta para usted${t}` : `created a consultation for you${t}`;
    case "UPDATE":
      return es ? "actualizó su expediente" : "updated your record";
    case "EXPORT":
      return es ? "descargó un informe de quién accedió a su expediente" : "downloaded a report of who accessed your record";
    case "SEARCH":
      return es ? "consultó quién accedió a su expediente" : "looked up who accessed your record";
    case "PRINT":
      return es ? "imprimió su expediente" : "printed your record";
    case "BREAK_GLASS":
      return es ? "abrió su expediente con acceso de emergencia" : "opened your record using emergency access";
    case "READ":
      return es ? "vio su expediente" : "viewed your record";
    default:
      return es ? "accedió a su expediente" : "accessed your record";
  }
}

/** One sentence describing an access, e.g. "Dr. Jordan Lee (provider) viewed your consultation “Sore throat…”". */
export function describeAccess(facts: AccessFacts, locale: string): string {
  const l: Locale = locale === "es" ? "es" : "en";
  return `${describeActor(facts.actorName, facts.actorRole, l)} ${what(facts, l)}`;
}
