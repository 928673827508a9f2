/**
 * An NCPDP SCRIPT NewRx rendered as JSON: the element names and nesting follow SCRIPT
 * 2017071 (Message → Header, Body → NewRx → Patient, Pharmacy, Prescriber,
 * MedicationPrescribed, AllergyOrAdverseEvent) so a real gateway can map it 1:1 to XML.
 * Only these fields leave the system (the PHI allow-list for pharmacy gateways); the
 * sandbox validates incoming messages with the same schema.
 */
import { z } from "zod";

const Text = (max: number) => z.string().trim().min(1).max(max);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const ZNewRxMessage = z.strictObject({
  Message: z.strictObject({
    Header: z.strictObject({
      To: z.strictObject({ Qualifier: z.literal("P"), Value: Text(20).describe("Pharmacy NCPDP ID") }),
      From: z.strictObject({ Qualifier: z.literal("C"), Value: Text(60).describe("Sending system") }),
      MessageID: Text(100).describe("= Prescription.idempotencyKey: the same on every retry"),
      SentTime: z.string().datetime(),
      PrescriberOrderNumber: Text(100).describe("= Prescription.id"),
    }),
    Body: z.strictObject({
      NewRx: z.strictObject({
        Patient: z.strictObject({
          HumanPatient: z.strictObject({
            Name: z.strictObject({ LastName: Text(100), FirstName: Text(100) }),
            Gender: z.enum(["M", "F", "U"]),
            DateOfBirth: z.strictObject({ Date: IsoDate }),
            Address: z.strictObject({ StateProvince: Text(2) }).optional(),
            CommunicationNumbers: z.strictObject({ PrimaryTelephone: z.strictObject({ Number: Text(30) }) }).optional(),
          }),
        }),
        Pharmacy: z.strictObject({
          Identification: z.strictObject({ NCPDPID: Text(20) }),
          BusinessName: Text(200),
        }),
        Prescriber: z.strictObject({
          NonVeterinarian: z.strictObject({
            Identification: z.strictObject({ StateLicenseNumber: Text(60) }),
            Name: z.strictObject({ LastName: Text(100), FirstName: Text(100) }),
            Credential: Text(10).optional(),
          }),
        }),
        MedicationPrescribed: z.strictObject({
          DrugDescription: Text(300),
          DrugCoded: z
            .strictObject({
              DrugDBCode: z.strictObject({ Code: Text(20), Qualifier: z.literal("IN").describe("RxNorm ingredient RxCUI") }).optional(),
              DEASchedule: z.strictObject({ Code: Text(10) }).optional(),
            })
            .optional(),
          Quantity: z.strictObject({ Value: z.number().int().positive(), QuantityUnitOfMeasure: z.strictObject({ Code: z.literal("C38046").describe("Unspecified") }) }),
          DaysSupply: z.number().int().positive().optional(),
          WrittenDate: z.strictObject({ Date: IsoDate }),
          Substitutions: z.enum(["0", "1"]).describe("0 = substitution allowed"),
          NumberOfRefills: z.number().int().min(0).max(11),
          Sig: z.strictObject({ SigText: Text(1000) }),
          Note: Text(1000).optional(),
        }),
        AllergyOrAdverseEvent: z
          .strictObject({
            NoKnownAllergies: z.enum(["Y", "N"]),
            Allergies: z.array(z.strictObject({ Description: Text(200), Reaction: Text(200).optional() })).max(50).optional(),
          })
          .optional(),
      }),
    }),
  }),
});
export type TNewRxMessage = z.infer<typeof ZNewRxMessage>;

/** The sandbox's (and a gateway adapter's) answer to an accepted NewRx. */
export const ZPharmacyOrderAccepted = z.object({
  orderId: z.string().min(3).max(100),
  status: z.literal("accepted"),
  duplicate: z.boolean(),
  receivedAt: z.string(),
});
