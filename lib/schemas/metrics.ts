import { z } from "zod";
import { URGENCIES } from "../consultations/statuses";

export const METRIC_TABLES = ["sla", "wait", "completion", "utilisation", "ai", "peer_review", "satisfaction", "safety", "security", "billing"] as const;

export const ZMetricsQuery = z
  .object({
    from: z.iso.date().optional().describe("Start date (inclusive), default 30 days ago"),
    to: z.iso.date().optional().describe("End date (inclusive), default today"),
    urgency: z.enum(URGENCIES).optional(),
    table: z.enum(METRIC_TABLES).optional().describe("For CSV export: which table"),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must be on or before to", path: ["from"] });
export type TMetricsQuery = z.infer<typeof ZMetricsQuery>;

export interface MetricTable {
  key: (typeof METRIC_TABLES)[number];
  title: string;
  description: string;
  columns: { key: string; label: string; unit?: string }[];
  rows: Record<string, string | number | null>[];
  /** Optional bar chart: label column and value column. */
  chart?: { label: string; value: string; unit: string };
}
