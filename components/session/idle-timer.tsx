"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

const IDLE_MS = 30 * 60_000;
const WARN_MS = 2 * 60_000;
const PING_EVERY_MS = 60_000;
const STORAGE_KEY = "av:last-activity";
const EVENTS = ["mousedown", "keydown", "touchstart", "scroll", "wheel"] as const;

/**
 * Idle log-off on the client side of the server's 30-minute rule: tracks real
 * interaction (shared across tabs through localStorage), reports it to the
 * server at most once a minute, warns 2 minutes before the end and then sends
 * the user to sign in. The server enforces the timeout regardless.
 */
export function IdleTimer() {
  const last = useRef(Date.now());
  const lastPing = useRef(0);
  const [left, setLeft] = useState<number | null>(null);

  const ping = useCallback(async () => {
    lastPing.current = Date.now();
    const res = await fetch("/api/session/activity", { method: "POST" }).catch(() => null);
    if (res && res.status === 401) window.location.assign("/login?reason=idle");
  }, []);

  const markActive = useCallback(() => {
    last.current = Date.now();
    try {
      localStorage.setItem(STORAGE_KEY, String(last.current));
    } catch {
      // storage unavailable (private mode): this tab still works on its own
    }
  }, []);

  useEffect(() => {
    for (const e of EVENTS) window.addEventListener(e, markActive, { passive: true });
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY && e.newValue) last.current = Math.max(last.current, Number(e.newValue));
    };
    window.addEventListener("storage", onStorage);
    const timer = setInterval(() => {
      const idle = Date.now() - last.current;
      if (idle >= IDLE_MS) {
        window.location.assign("/login?reason=idle");
        return;
      }
      setLeft(idle >= IDLE_MS - WARN_MS ? Math.ceil((IDLE_MS - idle) / 1000) : null);
      if (idle < PING_EVERY_MS && Date.now() - lastPing.current >= PING_EVERY_MS) void ping();
    }, 1000);
    return () => {
      for (const e of EVENTS) window.removeEventListener(e, markActive);
      window.removeEventListener("storage", onStorage);
      clearInterval(timer);
    };
  }, [markActive, ping]);

  if (left === null) return null;
  const mm = Math.floor(left / 60);
  const ss = String(left % 60).padStart(2, "0");
  return (
    <div role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-desc" className="fixed inset-0 z-50 flex items-center justify-center bg-ink/50 p-4">
      <div className="w-full max-w-md rounded-card bg-white p-6 shadow-xl">
        <h2 id="idle-title" className="text-xl font-bold">
          You will be signed out soon
        </h2>
        <p id="idle-desc" className="mt-2" aria-live="polite">
          For your privacy we sign you out after 30 minutes without activity. Time left: <strong className="tabular">{mm}:{ss}</strong>
        </p>
        <Button
          className="mt-5"
          autoFocus
          onClick={() => {
            markActive();
            setLeft(null);
            void ping();
          }}
        >
          Stay signed in
        </Button>
      </div>
    </div>
  );
}
