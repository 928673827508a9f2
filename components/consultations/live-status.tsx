"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { io } from "socket.io-client";
import type { ConsultationEventMessage } from "@/lib/schemas/realtime";
import type { ConsultationStatus } from "@/lib/consultations/statuses";
import { STATUS_MESSAGES } from "@/lib/consultations/status-messages";
import { statusPageText } from "@/lib/i18n/status-page";

const POLL_MS = 20_000;

/**
 * Keeps a patient's consultation page current. Connects to the Socket.IO
 * sidecar (session cookie, websocket only), subscribes to this consultation
 * with the last event seen (missed events are replayed), and re-renders the
 * page on each event. While the socket is down it polls the REST API every
 * 20 s with `x-background-refresh: 1` (so polling does not keep the session
 * alive) and re-renders only when the status or version changed. Status
 * changes are announced in a polite live region.
 */
export function LiveStatus(props: { consultationId: string; status: ConsultationStatus; version: number; realtimeUrl: string; lastEventId: string | null; locale: "en" | "es" }) {
  const { consultationId, status, version, realtimeUrl, locale } = props;
  const router = useRouter();
  const t = statusPageText(locale);
  const [connected, setConnected] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const lastEventId = useRef(props.lastEventId);
  const seen = useRef({ status, version });
  const firstStatus = useRef(status);

  useEffect(() => {
    const socket = io(realtimeUrl, { withCredentials: true, transports: ["websocket"], reconnectionDelayMax: 10_000 });
    // Re-subscribe on every (re)connect, from the last event we saw.
    socket.on("connect", () => {
      socket.emit("subscribe", { consultationId, ...(lastEventId.current && { lastEventId: lastEventId.current }) }, (ack: { ok: boolean }) => setConnected(ack?.ok === true));
    });
    socket.on("disconnect", () => setConnected(false));
    socket.on("connect_error", () => setConnected(false));
    socket.on("consultation.event", (e: ConsultationEventMessage) => {
      if (e.consultationId !== consultationId) return;
      lastEventId.current = e.eventId;
      router.refresh();
    });
    return () => {
      socket.disconnect();
    };
  }, [consultationId, realtimeUrl, router]);

  useEffect(() => {
    seen.current = { status, version };
    if (status !== firstStatus.current) setAnnouncement(t.live.update(STATUS_MESSAGES[status][locale].title));
  }, [status, version, locale, t]);

  useEffect(() => {
    if (connected) return;
    const timer = setInterval(async () => {
      const res = await fetch(`/api/v1/consultations/${consultationId}`, { headers: { "x-background-refresh": "1" } }).catch(() => null);
      if (!res?.ok) return;
      const c = (await res.json()) as { status?: string; version?: number };
      if (c.status !== seen.current.status || c.version !== seen.current.version) router.refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [connected, consultationId, router]);

  return (
    <>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <p className="mt-4 flex items-center gap-2 text-sm text-muted">
        <span aria-hidden className={`inline-block h-2.5 w-2.5 rounded-full ${connected ? "bg-ok" : "bg-line"}`} />
        {connected ? t.live.on : t.live.polling}
      </p>
    </>
  );
}
