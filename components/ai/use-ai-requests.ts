"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Socket } from "socket.io-client";
import type { AiListView } from "@/lib/ai/ai-views";
import { useRealtime } from "@/components/realtime/use-realtime";

/** Event types that can change what the panel shows: AI status changes, and the notes (deviation). */
const RELEVANT = new Set(["consultation.ai", "consultation.updated", "consultation.transitioned"]);

async function fetchJson<T>(url: string): Promise<T> {
  // Background refreshes must not keep an idle session alive.
  const res = await fetch(url, { headers: { "x-background-refresh": "1" } });
  if (res.status === 401) window.location.assign("/login?reason=idle");
  if (!res.ok) throw new Error((await res.json().catch(() => null))?.error?.message ?? "Could not load the AI suggestions.");
  return res.json() as Promise<T>;
}

/**
 * The AI log of one consultation, kept live: the socket sidecar pushes a `consultation.event` for
 * every AI status change (outbox "consultation.ai"), which refetches the list. While the socket
 * is down, or a request is still in flight, it polls as a fallback.
 */
export function useAiRequests(consultationId: string) {
  const client = useQueryClient();
  const key = ["ai-requests", consultationId];
  // The sidecar's public URL, as /api/health reports it (the page does not pass it down).
  const health = useQuery({
    queryKey: ["health-realtime-url"],
    queryFn: () => fetchJson<{ realtime?: { url?: string } }>("/api/health"),
    staleTime: Infinity,
    retry: 1,
  });
  const invalidate = useCallback(() => client.invalidateQueries({ queryKey: ["ai-requests", consultationId] }), [client, consultationId]);
  const connected = useRealtime(
    health.data?.realtime?.url,
    (socket: Socket) => socket.emit("subscribe", { consultationId }, () => invalidate()),
    { "consultation.event": (e: { consultationId?: string; type?: string }) => e.consultationId === consultationId && RELEVANT.has(e.type ?? "") && invalidate() },
  );
  const query = useQuery({
    queryKey: key,
    queryFn: () => fetchJson<AiListView>(`/api/v1/consultations/${consultationId}/ai?limit=50`),
    refetchInterval: (q) => {
      const inFlight = q.state.data?.items.some((i) => i.status === "queued" || i.status === "running");
      if (inFlight) return connected ? 10_000 : 2_000;
      return connected ? false : 30_000;
    },
  });
  return { ...query, connected, invalidate };
}
