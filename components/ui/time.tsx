/** Relative time with the absolute time on hover (viewer's time zone is applied client-side by the title). */
export function relativeTime(date: Date, now = new Date(), locale = "en"): string {
  const diffMin = Math.round((date.getTime() - now.getTime()) / 60_000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const abs = Math.abs(diffMin);
  if (abs < 1) return rtf.format(0, "minute");
  if (abs < 60) return rtf.format(diffMin, "minute");
  if (abs < 48 * 60) return rtf.format(Math.round(diffMin / 60), "hour");
  return rtf.format(Math.round(diffMin / 1440), "day");
}

export function Time({ date, locale = "en" }: { date: Date | string; locale?: string }) {
  const d = typeof date === "string" ? new Date(date) : date;
  return (
    <time dateTime={d.toISOString()} title={d.toLocaleString(locale === "es" ? "es-US" : "en-US")}>
      {relativeTime(d, new Date(), locale)}
    </time>
  );
}
