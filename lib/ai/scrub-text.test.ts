import { describe, expect, it } from "vitest";
import { scrubText, type KnownIdentifiers } from "./scrub-text";

const known: KnownIdentifiers = {
  names: ["Bob Nguyen"], emails: ["bob.nguyen@demo.test"], phones: ["(973) 555-0178"], references: ["AV-7K3M9Q"], ids: ["3f0e1a52-9c1b-4c1e-8a35-2c8f0a6b9d11"],
};
const scrub = (s: string) => scrubText(s, known);

describe("scrubText: identifiers known from the record", () => {
  it.each([
    ["Hi, this is Bob Nguyen again", "Hi, this is [NAME] again"],
    ["Bob's cough is worse", "[NAME] cough is worse"],
    ["NGUYEN, BOB — follow-up", "[NAME], [NAME] — follow-up"],
    ["write to bob.nguyen@demo.test please", "write to [EMAIL] please"],
    ["my handle is bob.nguyen on the portal", "my handle is [EMAIL] on the portal"],
    ["call 973-555-0178 after 5", "call [PHONE] after 5"],
    ["call 973 555 0178", "call [PHONE]"],
    ["call (973)5550178", "call [PHONE]"],
    ["about AV-7K3M9Q", "about [REFERENCE]"],
    ["row 3f0e1a52-9c1b-4c1e-8a35-2c8f0a6b9d11", "row [ID]"],
  ])("%s", (input, expected) => expect(scrub(input)).toBe(expected));

  it("keeps everyday words that are also name parts unless capitalised", () => {
    const will = { ...known, names: ["Will Hope"] };
    expect(scrubText("I will take it and hope it helps. Will Hope", will)).toBe("I will take it and hope it helps. [NAME]");
    expect(scrubText("Will said so", will)).toBe("[NAME] said so");
  });
});

describe("scrubText: identifiers found by pattern (Safe Harbor A-R)", () => {
  it.each([
    // (A) names of the patient, relatives, household members and others, by context
    ["My name is Zara Okonkwo and I have a rash", "My name is [NAME] and I have a rash"],
    ["my husband Archibald drove me", "my husband [NAME] drove me"],
    ["My wife, Maria Lopez, noticed it", "My wife, [NAME], noticed it"],
    ["Dr. Smith prescribed it last year", "Dr. [NAME] prescribed it last year"],
    ["me llamo Carmen Ruiz", "me llamo [NAME]"],
    ["mi esposo Juan me trajo", "mi esposo [NAME] me trajo"],
    ["Soy alérgica a la penicilina", "Soy alérgica a la penicilina"],
    // (B) geography smaller than a state
    ["I live at 12 River St, Albany, NY 12207", "I live at [ADDRESS], Albany, NY [ZIP]"],
    ["Apt 4B, 401 Main Street", "[ADDRESS], [ADDRESS]"],
    ["zip code 07102", "zip code [ZIP]"],
    ["PO Box 331", "[ADDRESS]"],
    ["vivo en Calle Mayor 15", "vivo en [ADDRESS]"],
    // (C) dates (keep year) and ages over 89
    ["seen on 2026-03-14 and 03/02/2025", "seen on 2026 and 2025"],
    ["born March 14, 1932", "born 1932"],
    ["started on 14 March 2026", "started on 2026"],
    ["el 3 de marzo de 2026", "el 2026"],
    ["since March 3rd", "since [DATE]"],
    ["since March", "since [DATE]"],
    ["on 4/5/26", "on [DATE]"],
    ["I am 93 years old", "I am 90+ years old"],
    ["a 101-year-old man", "a 90+-year-old man"],
    ["tengo 95 años", "tengo 90+ años"],
    ["aged 92", "aged 90+"],
    // (D, E) phone and fax numbers
    ["fax +1 212 555 0199", "fax [PHONE]"],
    ["cell 5551234567", "cell [PHONE]"],
    // (F) e-mail
    ["mail me at z.o+test@example.org", "mail me at [EMAIL]"],
    // (G-M) SSN, record, plan, account, licence, vehicle and device numbers
    ["SSN 123-45-6789", "SSN [SSN]"],
    ["MRN: 00451234", "MRN: [RECORD-NUMBER]"],
    ["member id ABC123456", "member id [RECORD-NUMBER]"],
    ["license plate 7XYZ123", "license plate [RECORD-NUMBER]"],
    ["device id SN-88421", "device id [RECORD-NUMBER]"],
    ["account number 99887766", "account number [RECORD-NUMBER]"],
    // (N, O) URLs and IP addresses
    ["see https://photos.example.com/bob?id=1 now", "see [URL] now"],
    ["from 198.51.100.23", "from [IP]"],
    ["v6 2001:db8:85a3:0:0:8a2e:370:7334", "v6 [IP]"],
    // (R) any other unique number or code
    ["my old reference AV-ZZ12XY", "my old reference [REFERENCE]"],
    ["insta @bobby_n", "insta [ID]"],
    ["ticket 123456789", "ticket [NUMBER]"],
  ])("%s", (input, expected) => expect(scrubText(input)).toBe(expected));

  it.each([
    "Sore throat and fever of 38.1 for 2 days, pain 7/10",
    "Take 500 mg every 8 hours; BP 162/94; HR 92; SpO2 97%",
    "Cough with green phlegm for a week, no shortness of breath",
    "I may need a refill; NEWS2 score 3",
    "My account is overdue and my licence expired",
  ])("leaves clinical text alone: %s", (input) => expect(scrubText(input)).toBe(input));
});
