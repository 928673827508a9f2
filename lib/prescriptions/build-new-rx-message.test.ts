import { describe, expect, it } from "vitest";
import { ZNewRxMessage } from "../schemas/pharmacy-newrx";
import { buildNewRxMessage, splitName, type NewRxFacts } from "./build-new-rx-message";
import { formatSig } from "./format-sig";

const FACTS: NewRxFacts = {
  prescription: {
    id: "6f1c1f43-1111-4222-8333-944444444444", idempotencyKey: "0b0d9c4e-5555-4666-8777-988888888888", displayName: "Tylenol", medicationName: "acetaminophen",
    rxcui: "161", doseText: "500 mg", route: "oral", frequencyText: "every 6 hours as needed", durationDays: 5, quantity: 20, refills: 0, instructions: "Max 4 doses a day.",
    approvedAt: new Date("2026-12-05T10:00:00Z"), deaSchedule: null,
  },
  patient: { name: "Bob Nguyen", dateOfBirth: new Date("1958-09-02"), sex: "male", stateOfResidence: "NJ", phone: null, allergies: [{ substance: "penicillin", reaction: "hives", type: "allergy" }] },
  prescriber: { name: "Dr. Jordan Lee", licenseNumber: "LIC-1234", credential: "MD" },
  pharmacy: { ncpdpId: "3312345", name: "Riverside Community Pharmacy" },
  sender: "async-visits",
  now: new Date("2026-12-05T10:01:00Z"),
};

/** Every leaf path of an object ("a.b.c"), arrays as "[]". */
function paths(o: unknown, prefix = ""): string[] {
  if (Array.isArray(o)) return o.flatMap((v) => paths(v, `${prefix}[]`));
  if (o && typeof o === "object") return Object.entries(o).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("buildNewRxMessage", () => {
  it("builds a NewRx the sandbox accepts, keyed by the prescription's idempotency key", () => {
    const m = buildNewRxMessage(FACTS);
    expect(ZNewRxMessage.parse(m)).toEqual(m);
    expect(m.Message.Header).toMatchObject({ MessageID: FACTS.prescription.idempotencyKey, PrescriberOrderNumber: FACTS.prescription.id, To: { Value: "3312345" } });
    expect(m.Message.Body.NewRx.MedicationPrescribed).toMatchObject({ DrugDescription: "Tylenol 500 mg", Quantity: { Value: 20 }, DaysSupply: 5, NumberOfRefills: 0, DrugCoded: { DrugDBCode: { Code: "161" } } });
    expect(m.Message.Body.NewRx.Patient.HumanPatient).toMatchObject({ Name: { FirstName: "Bob", LastName: "Nguyen" }, Gender: "M", DateOfBirth: { Date: "1958-09-02" } });
    expect(m.Message.Body.NewRx.Prescriber.NonVeterinarian.Name).toEqual({ FirstName: "Jordan", LastName: "Lee" });
    expect(m.Message.Body.NewRx.AllergyOrAdverseEvent).toEqual({ NoKnownAllergies: "N", Allergies: [{ Description: "penicillin", Reaction: "hives" }] });
  });

  it("sends only allow-listed fields (no complaint, diagnosis, intake or messages)", () => {
    const leaves = paths(buildNewRxMessage({ ...FACTS, patient: { ...FACTS.patient, phone: "555-0100" } }));
    const allowed = /^Message\.(Header\.(To|From)\.(Qualifier|Value)|Header\.(MessageID|SentTime|PrescriberOrderNumber)|Body\.NewRx\.(Patient\.HumanPatient\.(Name\.(FirstName|LastName)|Gender|DateOfBirth\.Date|Address\.StateProvince|CommunicationNumbers\.PrimaryTelephone\.Number)|Pharmacy\.(Identification\.NCPDPID|BusinessName)|Prescriber\.NonVeterinarian\.(Identification\.StateLicenseNumber|Name\.(FirstName|LastName)|Credential)|MedicationPrescribed\.(DrugDescription|DrugCoded\.(DrugDBCode\.(Code|Qualifier)|DEASchedule\.Code)|Quantity\.(Value|QuantityUnitOfMeasure\.Code)|DaysSupply|WrittenDate\.Date|Substitutions|NumberOfRefills|Sig\.SigText|Note)|AllergyOrAdverseEvent\.(NoKnownAllergies|Allergies\[\]\.(Description|Reaction))))$/;
    for (const p of leaves) expect(p).toMatch(allowed);
  });

  it("keeps the Body identical between attempts (only Header.SentTime changes)", () => {
    const a = buildNewRxMessage(FACTS);
    const b = buildNewRxMessage({ ...FACTS, now: new Date("2026-12-05T11:00:00Z") });
    expect(b.Message.Body).toEqual(a.Message.Body);
    expect(b.Message.Header.SentTime).not.toBe(a.Message.Header.SentTime);
  });

  it("marks a controlled substance with its DEA schedule code and says NKA when there are no allergies", () => {
    const m = buildNewRxMessage({ ...FACTS, prescription: { ...FACTS.prescription, deaSchedule: "CII", rxcui: null }, patient: { ...FACTS.patient, allergies: [] } });
    expect(m.Message.Body.NewRx.MedicationPrescribed.DrugCoded).toEqual({ DEASchedule: { Code: "C48672" } });
    expect(m.Message.Body.NewRx.AllergyOrAdverseEvent).toEqual({ NoKnownAllergies: "Y" });
  });

  it("splits names and writes the sig from the structured fields", () => {
    expect(splitName("Dr. Sofia Garcia")).toEqual({ FirstName: "Sofia", LastName: "Garcia" });
    expect(splitName("Cher")).toEqual({ FirstName: "Cher", LastName: "Cher" });
    expect(formatSig(FACTS.prescription)).toBe("Take 500 mg by mouth every 6 hours as needed for 5 days. Max 4 doses a day.");
    expect(formatSig({ doseText: "a thin layer", route: "topical", frequencyText: "twice a day", durationDays: 1 })).toBe("Apply a thin layer to the affected area twice a day for 1 day");
  });
});
