/**
 * Removes HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) from free text: the values we
 * know from the record (the patient's name, e-mail, phone, the consultation reference) wherever
 * they appear, plus patterns for the ones we do not know (other names after "my name is",
 * "Dr.", "my husband"…; e-mails, phone and fax numbers, URLs, IP addresses, SSNs, record,
 * account, licence and device numbers, street addresses and ZIP codes, every element of a date
 * except the year, and ages over 89). Pure; tested in scrub-text.test.ts.
 *
 * Bias: privacy over readability. A clinical word lost to a false match costs the model a
 * little context; a name that slips through is a disclosure.
 */

export interface KnownIdentifiers {
  names: string[];
  emails: string[];
  phones: string[];
  references: string[];
  ids: string[];
}

export const EMPTY_IDENTIFIERS: KnownIdentifiers = { names: [], emails: [], phones: [], references: [], ids: [] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * Case-insensitive letters without the `i` flag: with `iu`, `\p{Lu}` also matches lower-case
 * letters, and the name patterns below need "capitalised" to mean capitalised.
 */
const ci = (s: string) => s.replace(/\p{L}/gu, (ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`));

/** Name parts that are also everyday words: replaced only when capitalised, so "I will" survives a patient called Will. */
const COMMON_WORDS = new Set([
  "will", "may", "june", "april", "august", "grace", "hope", "faith", "joy", "rose", "summer", "autumn", "mark", "bill", "frank", "sue",
  "art", "dawn", "jean", "gene", "sky", "river", "rich", "miles", "major", "young", "long", "white", "black", "brown", "green", "gray",
  "grey", "king", "little", "bell", "lane", "best", "love", "hunter", "cook", "wood", "day", "west", "north", "south", "cruz", "paz",
  "luz", "sol", "mar", "flores", "rosa", "blanca", "santos", "angel", "de", "del", "la", "las", "los", "van", "von", "da", "di", "le",
]);

const MONTHS_EN = "january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const MONTHS_ES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";
const MONTH = `(?:${MONTHS_EN}|${MONTHS_ES}|may)`;
const ORD = "(?:st|nd|rd|th)?";

/** Capitalised name words (Unicode letters, apostrophes, hyphens): one to three of them. */
const CAP_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";
const RELATIONS = [
  "husband", "wife", "son", "daughter", "mother", "mom", "mum", "father", "dad", "brother", "sister", "partner", "boyfriend", "girlfriend",
  "friend", "boss", "neighbou?r", "aunt", "uncle", "cousin", "grandma", "grandmother", "grandpa", "grandfather", "child", "baby", "nephew",
  "niece", "roommate", "coworker", "colleague", "doctor", "nurse", "therapist", "pharmacist", "dentist",
  "esposo", "esposa", "marido", "hijo", "hija", "madre", "mamá", "mama", "padre", "papá", "papa", "hermano", "hermana", "pareja", "novio",
  "novia", "amigo", "amiga", "jefe", "jefa", "vecino", "vecina", "tía", "tia", "tío", "tio", "primo", "prima", "abuela", "abuelo", "médico", "doctora",
].join("|");

interface Rule {
  re: RegExp;
  to: string | ((...m: string[]) => string);
}

const STREET = "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|parkway|pkwy|circle|cir|highway|hwy|square|sq";

/** Order matters: containers (URLs, e-mails) before their parts, dates before bare numbers. */
const RULES: Rule[] = [
  { re: /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"')\]]+/gi, to: "[URL]" },
  { re: /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/giu, to: "[EMAIL]" },
  { re: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g, to: "[IP]" },
  { re: /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,7}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?/gi, to: "[IP]" },
  { re: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, to: "[ID]" },
  { re: /\bAV-[0-9A-Z]{6}\b/gi, to: "[REFERENCE]" },
  { re: /\b\d{3}-\d{2}-\d{4}\b/g, to: "[SSN]" },
  {
    re: /\b(mrn|medical record(?: number| no\.?)?|record (?:number|no\.?)|account(?: number| no\.?)?|acct\.?|member id|member(?:ship)? number|policy(?: number| no\.?)?|insurance (?:id|number)|beneficiary (?:id|number)|health plan (?:id|number)|licen[cs]e(?: number| no\.?| plate)?|certificate(?: number| no\.?)?|serial(?: number| no\.?)?|device id|vin|plate(?: number)?|ssn|social security(?: number)?|passport(?: number| no\.?)?|n[uú]mero de (?:expediente|cuenta|p[oó]liza|seguro))\s*(?:#|:|no\.?|number|is|es|=)?\s*[:#]?\s*((?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{3,})/gi,
    // Only the number goes; the label stays so the model still knows what was there. A digit is required: "account is overdue" is no number.
    to: (m: string, _label: string, num: string) => `${m.slice(0, m.length - num.length)}[RECORD-NUMBER]`,
  },
  { re: /(?<![\w/])(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/g, to: "[PHONE]" },
  // Dates: keep the year, drop month and day (Safe Harbor identifier (C)).
  { re: /\b((?:19|20)\d{2})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, to: (_m, y) => y },
  { re: /\b(?:0?[1-9]|1[0-2]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2]|[12]\d|3[01])[/.-]((?:19|20)\d{2})\b/g, to: (_m, y) => y },
  { re: /\b(?:0?[1-9]|1[0-2]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2]|[12]\d|3[01])[/.-]\d{2}\b/g, to: "[DATE]" },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}${ORD},?\\s+((?:19|20)\\d{2})\\b`, "gi"), to: (_m, y) => y },
  { re: new RegExp(`\\b\\d{1,2}${ORD}\\s+(?:de\\s+)?${MONTH}\\.?,?\\s+(?:de(?:l)?\\s+)?((?:19|20)\\d{2})\\b`, "gi"), to: (_m, y) => y },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+(?:de(?:l)?\\s+)?((?:19|20)\\d{2})\\b`, "gi"), to: (_m, y) => y },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}${ORD}\\b`, "gi"), to: "[DATE]" },
  { re: new RegExp(`\\b\\d{1,2}${ORD}\\s+(?:of\\s+|de\\s+)?${MONTH}\\b`, "gi"), to: "[DATE]" },
  // A month on its own is still an element of a date ("since March"); English "may" is too common to touch.
  { re: new RegExp(`\\b(?:${MONTHS_EN.split("|").filter((m) => m.length > 3).join("|")}|${MONTHS_ES})\\b`, "gi"), to: "[DATE]" },
  // Ages over 89 become "90+" (Safe Harbor identifier (C)).
  { re: /\b(9\d|1[0-2]\d)(\s*-?\s*)(years?|yrs?|y\/o|yo|year-old|años)\b/gi, to: (_m, _a, sep, unit) => `90+${sep}${unit}` },
  { re: /\b(aged?|edad(?: de)?|tengo)\s+(9\d|1[0-2]\d)\b(?!\+)/gi, to: (_m, w) => `${w} 90+` },
  // Addresses smaller than a state: street lines, units, PO boxes, ZIP codes.
  { re: new RegExp(`\\b\\d{1,6}\\s+(?:[\\p{L}0-9'.-]+\\s+){1,4}(?:${STREET})\\b\\.?`, "giu"), to: "[ADDRESS]" },
  { re: /\b(?:calle|avenida|avda\.?|av\.|camino|paseo)\s+(?:[\p{L}'.-]+\s+){1,4}#?\d{1,6}\b/giu, to: "[ADDRESS]" },
  { re: /\b(?:apt|apartment|suite|ste|unit|apto|departamento|depto)\.?\s*#?\s*[A-Z0-9-]{1,6}\b/gi, to: "[ADDRESS]" },
  { re: /\bP\.?\s?O\.?\s+box\s+\d+\b/gi, to: "[ADDRESS]" },
  { re: /\b(zip(?:\s*code)?|postal code|c[oó]digo postal|[A-Z]{2})(,?\s+)\d{5}(?:-\d{4})?\b/g, to: (_m, label, sep) => `${label}${sep}[ZIP]` },
  { re: /\b(?:zip(?:\s*code)?|postal code|c[oó]digo postal)\s*:?\s*\d{5}(?:-\d{4})?\b/gi, to: "[ZIP]" },
  { re: /\b\d{5}-\d{4}\b/g, to: "[ZIP]" },
  // Names we do not know from the record, by context.
  { re: new RegExp(`\\b(${ci("my name is|my name's|i am called|call me|me llamo|mi nombre es|soy")})\\s+(${CAP_NAME})`, "gu"), to: (_m, lead) => `${lead} [NAME]` },
  { re: new RegExp(`\\b(Dr\\.?|Doctor|Dra\\.?|Nurse|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Sr\\.?|Sra\\.?|Srta\\.?)\\s+(${CAP_NAME})`, "gu"), to: (_m, title) => `${title} [NAME]` },
  { re: new RegExp(`\\b(${ci("(?:my|our|mi|mis|nuestro|nuestra)")}\\s+(?:${ci(RELATIONS)}))(,?\\s+)(${CAP_NAME})`, "gu"), to: (_m, rel, sep) => `${rel}${sep}[NAME]` },
  { re: /(?<![\w@])@[A-Za-z0-9_.]{3,}\b/g, to: "[ID]" },
  { re: /\b\d{7,}\b/g, to: "[NUMBER]" },
];

/** Replacement rules for the identifiers we know from the record. */
function knownRules(known: KnownIdentifiers): Rule[] {
  const rules: Rule[] = [];
  const words = (s: string) => s.split(/[\s,]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")).filter((w) => w.length >= 2);
  for (const id of known.ids.filter(Boolean)) rules.push({ re: new RegExp(escape(id), "gi"), to: "[ID]" });
  for (const ref of known.references.filter(Boolean)) rules.push({ re: new RegExp(`\\b${escape(ref)}\\b`, "gi"), to: "[REFERENCE]" });
  for (const email of known.emails.filter(Boolean)) {
    rules.push({ re: new RegExp(escape(email), "gi"), to: "[EMAIL]" });
    // The part before "@" often is the name or a handle ("bob.nguyen").
    const local = email.split("@")[0] ?? "";
    if (local.length >= 4) rules.push({ re: new RegExp(`\\b${escape(local)}\\b`, "gi"), to: "[EMAIL]" });
  }
  for (const phone of known.phones.filter(Boolean)) {
    const digits = phone.replace(/\D/g, "").slice(-10);
    if (digits.length >= 7) rules.push({ re: new RegExp(`(?:\\+?1[\\s.-]*)?\\(?${digits.split("").join("[\\s().-]*")}`, "g"), to: "[PHONE]" });
  }
  for (const name of known.names.filter(Boolean)) {
    const full = words(name);
    if (full.length > 1) rules.push({ re: new RegExp(`(?<![\\p{L}])${full.map(escape).join("[\\s,]+")}(?![\\p{L}])`, "giu"), to: "[NAME]" });
    for (const part of full) {
      const common = COMMON_WORDS.has(part.toLowerCase());
      rules.push({ re: new RegExp(`(?<![\\p{L}])${escape(part)}(?:'s|’s)?(?![\\p{L}])`, common ? "gu" : "giu"), to: "[NAME]" });
    }
  }
  return rules;
}

function apply(text: string, rules: Rule[]): string {
  let out = text;
  for (const rule of rules) out = out.replace(rule.re, rule.to as (substring: string, ...args: string[]) => string);
  return out;
}

/** The text with every identifier replaced by a bracketed tag ("[NAME]", "[PHONE]"…) or, for dates, the year. */
export function scrubText(text: string, known: KnownIdentifiers = EMPTY_IDENTIFIERS): string {
  // Known values first: the generic patterns would otherwise split them (a name inside an e-mail).
  return apply(apply(text, knownRules(known)), RULES);
}
