import { relativeTime } from "./time";

/**
 * An absolute date and time in a given time zone (audit trails need the exact
 * moment), with the relative time on hover. Rendered on the server, so the
 * zone is explicit (the clinic's) and always printed.
 */
export function DateTime({ date, timeZone, locale = "en", className = "" }: { date: Date | string; timeZone: string; locale?: string; className?: string }) {
  const d = typeof date === "string" ? new Date(date) : date;
  const text = new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", {
    timeZone, year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", second: "2-digit", timeZoneName: "short",
  }).format(d);
  return (
    <time dateTime={d.toISOString()} title={relativeTime(d, new Date(), locale)} className={`tabular ${className}`}>
      {text}
    </time>
  );
}
