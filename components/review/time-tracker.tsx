"use client";

import { useEffect, useRef } from "react";
import { recordTimeAction } from "@/server/actions/review";

const SLICE_S = 30;
const ACTIVE_WINDOW_MS = 60_000;

/**
 * Reports active clinician time on this consultation for e-visit billing:
 * a 30-second slice is sent only if the tab is visible and the clinician
 * interacted within the last minute (idle time is excluded).
 */
export function TimeTracker({ consultationId, activity }: { consultationId: string; activity: "review" | "documentation" }) {
  const lastInput = useRef(Date.now());
  useEffect(() => {
    const mark = () => (lastInput.current = Date.now());
    const events = ["mousedown", "keydown", "scroll", "touchstart"] as const;
    for (const e of events) window.addEventListener(e, mark, { passive: true });
    const t = setInterval(() => {
      if (document.visibilityState === "visible" && Date.now() - lastInput.current < ACTIVE_WINDOW_MS) {
        void recordTimeAction(consultationId, { activity, seconds: SLICE_S });
      }
    }, SLICE_S * 1000);
    return () => {
      for (const e of events) window.removeEventListener(e, mark);
      clearInterval(t);
    };
  }, [consultationId, activity]);
  return null;
}
