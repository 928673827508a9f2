/**
 * De-identification of the AI context by the HIPAA Safe Harbor method (45 CFR 164.514(b)(2)),
 * applied before the context may go to an AI service that no Business Associate Agreement
 * covers. Structured identifiers are dropped or generalised (name, e-mail, phone, date of birth,
 * the consultation and previous references; dates reduced to the year; ages over 89 grouped as
 * "90+"; the state kept, nothing smaller), then every string left is scrubbed for identifiers in
 * free text (lib/ai/scrub-text.ts), using the record's own identifiers as known values.
 *
 * Pure and deterministic; deidentify.test.ts proves each identifier class. What it cannot
 * promise: a name of someone other than the patient typed without any cue ("saw Maria
 * yesterday") is not recognisable as a name. Such services should still get a BAA.
 */
import type { AiContext } from "./ai-context";
import { scrubText, type KnownIdentifiers } from "./scrub-text";

export type DeidentifiedCategory = "names" | "contact" | "dates" | "ages_over_89" | "record_numbers";

export interface DeidentifyResult {
  context: AiContext;
  /** Which structured identifier classes were removed or generalised (free text is always scrubbed). */
  removed: DeidentifiedCategory[];
}

/** Extra identifiers the caller knows (e.g. ids of rows, the assigned provider's name). */
export interface DeidentifyOptions {
  extra?: Partial<KnownIdentifiers>;
}

/** Safe Harbor: ages over 89, and every date element that would reveal one, are aggregated. */
export const OLDEST_REPORTABLE_AGE = 89;

const year = (date: string) => (/^\d{4}/.test(date) ? date.slice(0, 4) : "[DATE]");

function knownIdentifiers(ctx: AiContext, extra: Partial<KnownIdentifiers> = {}): KnownIdentifiers {
  const p = ctx.patient;
  return {
    names: [p.name ?? "", ...(extra.names ?? [])].filter(Boolean),
    emails: [p.email ?? "", ...(extra.emails ?? [])].filter(Boolean),
    phones: [p.phone ?? "", ...(extra.phones ?? [])].filter(Boolean),
    references: [ctx.consultation.reference ?? "", ...ctx.previousConsultations.map((c) => c.reference ?? ""), ...(extra.references ?? [])].filter(Boolean),
    ids: [...(extra.ids ?? [])].filter(Boolean),
  };
}

/** Every string in `value`, scrubbed; numbers, booleans and nulls unchanged. */
function scrubDeep<T>(value: T, known: KnownIdentifiers): T {
  if (typeof value === "string") return scrubText(value, known) as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, known)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, known)])) as T;
  }
  return value;
}

/** A copy of `ctx` with the Safe Harbor identifiers removed. */
export function deidentify(ctx: AiContext, options: DeidentifyOptions = {}): DeidentifyResult {
  const known = knownIdentifiers(ctx, options.extra);
  const removed = new Set<DeidentifiedCategory>(["dates"]);
  const { name, email, phone, dateOfBirth, ...patient } = ctx.patient;
  if (name) removed.add("names");
  if (email || phone) removed.add("contact");
  const over89 = typeof patient.age === "number" && patient.age > OLDEST_REPORTABLE_AGE;
  if (over89 || patient.age === "90+") removed.add("ages_over_89");
  void dateOfBirth; // dropped: the age carries what the clinical logic needs

  const { reference, ...consultation } = ctx.consultation;
  if (reference || ctx.previousConsultations.some((c) => c.reference)) removed.add("record_numbers");

  const stripped: AiContext = {
    ...ctx,
    patient: { ...patient, age: over89 ? "90+" : patient.age },
    // Visit years stay: with the age grouped as "90+" they do not reveal a birth year.
    consultation: { ...consultation, date: year(consultation.date) },
    previousConsultations: ctx.previousConsultations.map(({ reference: _ref, ...c }) => ({ ...c, date: year(c.date) })),
  };
  return { context: scrubDeep(stripped, known), removed: [...removed] };
}
