import { z } from "zod";

export const ZFeedbackInput = z
  .object({
    rating: z.number({ error: "Choose a rating from 1 to 5" }).int().min(1, "Choose a rating from 1 to 5").max(5, "Choose a rating from 1 to 5"),
    comment: z.string().trim().max(2000, "Keep your comment under 2000 characters").optional(),
  })
  .strict();
export type TFeedbackInput = z.infer<typeof ZFeedbackInput>;
