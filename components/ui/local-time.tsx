"use client";

import { useEffect, useState } from "react";

/**
 * An absolute time in the viewer's own time zone ("Fri 4:30 PM"). The server
 * does not know that zone, so the text is filled in after hydration; until
 * then (and without JavaScript) the ISO time is in the dateTime attribute.
 */
export function LocalTime({ date, locale = "en", className }: { date: string | Date; locale?: string; className?: string }) {
  const iso = typeof date === "string" ? date : date.toISOString();
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const d = new Date(iso);
    const sameDay = d.toDateString() === new Date().toDateString();
    const tag = locale === "es" ? "es-US" : "en-US";
    const time = d.toLocaleTimeString(tag, { hour: "numeric", minute: "2-digit" });
    setText(sameDay ? time : `${d.toLocaleDateString(tag, { weekday: "short", month: "short", day: "numeric" })}, ${time}`);
  }, [iso, locale]);
  return (
    <time dateTime={iso} className={className} suppressHydrationWarning>
      {text ?? ""}
    </time>
  );
}
