/**
 * Zod contracts for prescribing: the approval request (panel, API, OpenAPI), the drug and
 * pharmacy look-ups, the pharmacist's actions and the pharmacy job payload.
 */
import { z } from "zod";

export const PRESCRIPTION_ROUTES = ["oral", "topical", "inhaled", "nasal", "ophthalmic", "otic", "rectal", "vaginal", "subcutaneous", "intramuscular"] as const;

export const ZPrescriptionItem = z
  .strictObject({
    name: z.string().trim().min(1).max(200).describe('Drug as entered: generic or brand ("Tylenol", "amoxicillin")'),
    doseMg: z.number().positive().max(100_000).optional().describe("Single dose in mg (enables dose checks)"),
    doseText: z.string().trim().min(1).max(100).describe('Dose as written on the label ("500 mg", "1 puff")'),
    route: z.enum(PRESCRIPTION_ROUTES).optional().describe("Route of administration (default oral)"),
    frequencyPerDay: z.number().positive().max(24).optional().describe("Doses per day (enables daily-maximum checks)"),
    frequencyText: z.string().trim().min(1).max(100).describe('Frequency as written ("every 6 hours as needed")'),
    durationDays: z.number().int().min(1).max(365).optional().describe("Course length in days"),
    quantity: z.number().int().min(1).max(1000).describe("Units to dispense"),
    refills: z.number().int().min(0).max(11).describe("Refills (0-11)"),
    instructions: z.string().trim().max(1000).optional().describe("Extra directions for the patient and pharmacist"),
  })
  .describe("One medication to prescribe");
export type TPrescriptionItem = z.infer<typeof ZPrescriptionItem>;

/** The minimum length of an override rationale: a sentence, not "ok". */
export const MIN_OVERRIDE_RATIONALE = 20;

export const ZPrescriptionOverride = z
  .strictObject({
    rationale: z.string().trim().min(MIN_OVERRIDE_RATIONALE, `Explain the clinical reason (at least ${MIN_OVERRIDE_RATIONALE} characters)`).max(2000),
    acknowledgedFindingIds: z.array(z.string().min(1).max(200)).max(100).describe("Ids of each finding the prescriber read and accepts"),
  })
  .describe("Override of safety findings: required when the server's check requires it");

export const ZAiRecommendation = z
  .strictObject({
    interactionLogId: z.string().uuid().optional().describe("AiInteractionLog row the suggestion came from"),
    summary: z.string().trim().max(4000).optional(),
    suggestedMedications: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
    confidence: z.number().min(0).max(1).optional(),
  })
  .describe("The AI suggestion shown to the prescriber, stored with the decision");

export const ZApprovePrescriptionsInput = z
  .strictObject({
    items: z.array(ZPrescriptionItem).min(1).max(10),
    pharmacyId: z.string().uuid().describe("Pharmacy that receives the order (GET /api/v1/pharmacies)"),
    override: ZPrescriptionOverride.optional(),
    dismissedFindings: z
      .array(z.strictObject({ id: z.string().min(1).max(200), reason: z.string().trim().min(3).max(500) }))
      .max(100)
      .optional()
      .describe("Lesser (inline) findings dismissed with a reason; stored in the decision-support log"),
    aiRecommendation: ZAiRecommendation.optional(),
    deviationReason: z.string().trim().min(3).max(2000).optional().describe("Why the prescription differs from the AI suggestion"),
    peerReview: z
      .strictObject({ score: z.number().int().min(1).max(5), comment: z.string().trim().min(3).max(4000) })
      .optional()
      .describe("Required when a peer reviewer approves a consultation in requires_peer_review"),
    expectedVersion: z.number().int().positive().optional().describe("Refuse with CONFLICT if the consultation changed"),
  })
  .describe("Approve prescriptions for a consultation (fresh MFA required)");
export type TApprovePrescriptionsInput = z.infer<typeof ZApprovePrescriptionsInput>;

export const ZDrugSearchQuery = z
  .strictObject({
    q: z.string().trim().min(1).max(100).describe("What the prescriber typed"),
    limit: z.coerce.number().int().min(1).max(25).default(10),
  })
  .describe("Drug autocomplete query");

export const ZRecordPhonedInInput = z
  .strictObject({
    outcome: z.string().trim().min(5, "Describe what happened (at least 5 characters)").max(1000).describe("What the pharmacist did, e.g. who at the pharmacy took the order"),
    pharmacyReference: z.string().trim().min(1).max(60).optional().describe("The pharmacy's own reference, if given"),
  })
  .describe("A manual-queue prescription was phoned in to the pharmacy");
export type TRecordPhonedInInput = z.infer<typeof ZRecordPhonedInInput>;

/** Payload of the "pharmacy-send" job (ids only). */
export const ZPharmacySendPayload = z.strictObject({ prescriptionId: z.string().uuid() });
export type TPharmacySendPayload = z.infer<typeof ZPharmacySendPayload>;

export const PRESCRIPTION_STATUSES = ["draft", "approved", "sending", "sent", "manual", "filled", "phoned_in", "cancelled"] as const;
export type PrescriptionStatus = (typeof PRESCRIPTION_STATUSES)[number];
