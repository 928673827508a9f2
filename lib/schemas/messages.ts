/** Secure messaging contracts. */
import { z } from "zod";

export const ZSendMessageInput = z
  .object({
    body: z.string({ error: "Write your message" }).trim().min(1, "Write your message").max(4000, "Keep the message under 4000 characters"),
    priority: z.enum(["low", "normal", "high", "critical"]).default("normal"),
    requiresProviderResponse: z.boolean().optional(),
    readReceiptRequired: z.boolean().optional(),
    attachmentIds: z.array(z.string().uuid()).max(10).default([]),
  })
  .strict();
export type TSendMessageInput = z.infer<typeof ZSendMessageInput>;
