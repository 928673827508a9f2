"use client";

import { useEffect, useState } from "react";

/** Live SLA countdown with a state word, so meaning never depends on colour. */
export function SlaCountdown({ dueAt, paused }: { dueAt: string | null; paused?: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(t);
  }, []);
  if (paused) return <span className="text-muted">Paused (waiting on patient)</span>;
  if (!dueAt) return <span className="text-muted">—</span>;
  const left = Math.floor((new Date(dueAt).getTime() - now) / 60_000);
  const abs = Math.abs(left);
  const text = abs >= 120 ? `${Math.floor(abs / 60)} h ${abs % 60} min` : `${abs} min`;
  if (left < 0) return <span className="font-bold text-danger">Breached {text} ago</span>;
  return <span className={left < 30 ? "font-bold text-warn" : ""}>{text} left</span>;
}
