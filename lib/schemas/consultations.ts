/** Zod contracts for the consultation API, server actions and forms. */
import { z } from "zod";
import { CONSULTATION_STATUSES, URGENCIES } from "../consultations/statuses";

export const ZConsultationStatus = z.enum(CONSULTATION_STATUSES).describe("Consultation status");
export const ZUrgency = z.enum(URGENCIES).describe("SLA urgency");

export const ZTransitionInput = z
  .object({
    to: ZConsultationStatus.describe("Target status"),
    reason: z.string().trim().min(3).max(2000).optional().describe("Why (cancel, escalate, release, peer review, pharmacy rejection)"),
    providerId: z.string().uuid().optional().describe("Provider to assign (supervisor) or yourself (provider)"),
    message: z.string().trim().min(3).max(4000).optional().describe("Question to the patient (requires_info)"),
    decisionRationale: z.string().trim().min(3).max(4000).optional().describe("Clinical decision rationale (completion)"),
    reviewOutcome: z
      .object({
        outcome: z.enum(["approve", "return"]),
        score: z.number().int().min(1).max(5),
        comment: z.string().trim().min(3).max(4000),
      })
      .strict()
      .optional()
      .describe("Peer review outcome (peer reviewer only)"),
    expectedVersion: z.number().int().positive().optional().describe("Optimistic concurrency: refuse with CONFLICT if the consultation changed"),
  })
  .strict();
export type TTransitionInput = z.infer<typeof ZTransitionInput>;

export const ZListConsultationsQuery = z
  .object({
    status: z
      .string()
      .transform((s) => s.split(",").filter(Boolean))
      .pipe(z.array(ZConsultationStatus))
      .optional()
      .describe("Comma-separated statuses"),
    urgency: z
      .string()
      .transform((s) => s.split(",").filter(Boolean))
      .pipe(z.array(ZUrgency))
      .optional(),
    assignedTo: z.union([z.literal("me"), z.string().uuid()]).optional().describe("'me' or a provider id"),
    peerReviewer: z.literal("me").optional().describe("'me': consultations waiting for my peer review"),
    consultationType: z.string().max(60).optional(),
    cursor: z.string().max(200).optional().describe("Opaque cursor from nextCursor"),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type TListConsultationsQuery = z.infer<typeof ZListConsultationsQuery>;
