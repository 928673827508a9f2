"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { TABS, type QueueTab } from "./queue-tabs";

export interface QueueItem {
  id: string;
  reference: string;
  status: string;
  urgency: string;
  consultationType: string;
  chiefComplaint: string;
  clinicalRiskLevel: "low" | "moderate" | "high" | "critical" | null;
  triageScore: number | null;
  redFlagIndicators: string[];
  requiresSynchronousVisit: boolean;
  slaDueAt: string | null;
  slaPausedAt?: string | null;
  submittedAt: string;
  translationRequired: boolean;
  patientLanguagePreference: string;
  patientAge: number;
  patientSex: string;
  news2Total: number | null;
  version: number;
}

interface Page {
  items: QueueItem[];
  nextCursor: string | null;
}

/** The list behind a tab. Polls every 20 s (marked as background so it does not keep the session alive). */
export function useQueue(tab: QueueTab, filters: { type?: string; urgency?: string }, live: boolean) {
  const key = ["queue", tab, filters.type ?? "", filters.urgency ?? ""];
  const query = useInfiniteQuery({
    queryKey: key,
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }): Promise<Page> => {
      const params = new URLSearchParams({ ...TABS[tab].params, limit: "50" });
      if (filters.type) params.set("consultationType", filters.type);
      if (filters.urgency) params.set("urgency", filters.urgency);
      if (pageParam) params.set("cursor", pageParam);
      const res = await fetch(`/api/v1/consultations?${params}`, { headers: { "x-background-refresh": "1" } });
      if (res.status === 401) window.location.assign("/login?reason=idle");
      if (!res.ok) throw new Error((await res.json().catch(() => null))?.error?.message ?? "Could not load the queue");
      return res.json();
    },
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: live ? 60_000 : 20_000,
  });
  const client = useQueryClient();
  return { ...query, invalidate: () => client.invalidateQueries({ queryKey: ["queue"] }) };
}
