/** Socket protocol contracts (documented in README "Realtime protocol"). */
import { z } from "zod";

export const ZSubscribeInput = z
  .object({
    consultationId: z.string().uuid(),
    lastEventId: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).optional(),
  })
  .strict();

export interface ConsultationEventMessage {
  eventId: string;
  consultationId: string;
  type: string;
  status?: string;
  message: string;
  occurredAt: string;
}

export interface QueueChangedMessage {
  eventId: string;
  consultationId: string;
  type: string;
  status?: string;
  version?: number;
}
