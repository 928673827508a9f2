/**
 * Builds the NCPDP SCRIPT NewRx (JSON rendering, lib/schemas/pharmacy-newrx.ts) for one
 * prescription. This function IS the PHI allow-list for pharmacy gateways: only the fields
 * written here leave the system (name, DOB, sex, state, phone, allergies, the order itself);
 * no chief complaint, diagnosis, intake or messages.
 */
import { DEA_SCHEDULE_NCI_CODE, type DeaSchedule } from "./controlled-substances";
import { formatSig } from "./format-sig";
import type { TNewRxMessage } from "../schemas/pharmacy-newrx";
import { allergyEntries } from "./build-safety-check-input";

export interface NewRxFacts {
  prescription: {
    id: string;
    idempotencyKey: string;
    displayName: string;
    medicationName: string;
    rxcui: string | null;
    doseText: string;
    route: string;
    frequencyText: string;
    durationDays: number | null;
    quantity: number;
    refills: number;
    instructions: string | null;
    approvedAt: Date | null;
    deaSchedule: DeaSchedule | null;
  };
  patient: { name: string; dateOfBirth: Date; sex: string; stateOfResidence: string; phone: string | null; allergies: unknown };
  prescriber: { name: string; licenseNumber: string; credential: string };
  pharmacy: { ncpdpId: string; name: string };
  sender: string;
  now: Date;
}

/** "Bob Nguyen" → {FirstName: "Bob", LastName: "Nguyen"}; a single word is both. */
export function splitName(full: string): { FirstName: string; LastName: string } {
  const parts = full.trim().replace(/^(dr\.?|mr\.?|mrs\.?|ms\.?)\s+/i, "").split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { FirstName: "Unknown", LastName: "Unknown" };
  if (parts.length === 1) return { FirstName: parts[0]!, LastName: parts[0]! };
  return { FirstName: parts.slice(0, -1).join(" "), LastName: parts.at(-1)! };
}

const GENDER: Record<string, "M" | "F"> = { male: "M", female: "F" };

function allergies(json: unknown): NonNullable<TNewRxMessage["Message"]["Body"]["NewRx"]["AllergyOrAdverseEvent"]> {
  const list = allergyEntries(json).map((a) =>
    typeof a === "string" ? { Description: a.slice(0, 200) } : { Description: a.substance, ...(a.reaction ? { Reaction: a.reaction.slice(0, 200) } : {}) },
  );
  return list.length ? { NoKnownAllergies: "N", Allergies: list.slice(0, 50) } : { NoKnownAllergies: "Y" };
}

/** One NewRx; deterministic for the same facts (the sandbox checks a retried body is unchanged). */
export function buildNewRxMessage(f: NewRxFacts): TNewRxMessage {
  const rx = f.prescription;
  const written = (rx.approvedAt ?? f.now).toISOString().slice(0, 10);
  const coded = {
    ...(rx.rxcui ? { DrugDBCode: { Code: rx.rxcui, Qualifier: "IN" as const } } : {}),
    ...(rx.deaSchedule ? { DEASchedule: { Code: DEA_SCHEDULE_NCI_CODE[rx.deaSchedule] } } : {}),
  };
  return {
    Message: {
      Header: {
        To: { Qualifier: "P", Value: f.pharmacy.ncpdpId },
        From: { Qualifier: "C", Value: f.sender },
        MessageID: rx.idempotencyKey,
        SentTime: f.now.toISOString(),
        PrescriberOrderNumber: rx.id,
      },
      Body: {
        NewRx: {
          Patient: {
            HumanPatient: {
              Name: splitName(f.patient.name),
              Gender: GENDER[f.patient.sex.toLowerCase()] ?? "U",
              DateOfBirth: { Date: f.patient.dateOfBirth.toISOString().slice(0, 10) },
              ...(f.patient.stateOfResidence ? { Address: { StateProvince: f.patient.stateOfResidence.slice(0, 2) } } : {}),
              ...(f.patient.phone ? { CommunicationNumbers: { PrimaryTelephone: { Number: f.patient.phone } } } : {}),
            },
          },
          Pharmacy: { Identification: { NCPDPID: f.pharmacy.ncpdpId }, BusinessName: f.pharmacy.name },
          Prescriber: {
            NonVeterinarian: {
              Identification: { StateLicenseNumber: f.prescriber.licenseNumber },
              Name: splitName(f.prescriber.name),
              Credential: f.prescriber.credential,
            },
          },
          MedicationPrescribed: {
            DrugDescription: `${rx.displayName} ${rx.doseText}`.slice(0, 300),
            ...(Object.keys(coded).length ? { DrugCoded: coded } : {}),
            Quantity: { Value: rx.quantity, QuantityUnitOfMeasure: { Code: "C38046" } },
            ...(rx.durationDays ? { DaysSupply: rx.durationDays } : {}),
            WrittenDate: { Date: written },
            Substitutions: "0",
            NumberOfRefills: rx.refills,
            Sig: { SigText: formatSig(rx) },
            ...(rx.instructions ? { Note: rx.instructions.slice(0, 1000) } : {}),
          },
          AllergyOrAdverseEvent: allergies(f.patient.allergies),
        },
      },
    },
  };
}
