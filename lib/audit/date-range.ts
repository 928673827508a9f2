/**
 * Date filters for audit queries. A filter value is either a calendar day
 * ("2026-12-04") or an instant with an offset ("2026-12-04T09:30:00Z"). Days
 * are read in the organisation's time zone, because that is the day a
 * supervisor means when they type it; a `to` day is inclusive (up to the start
 * of the next day). Pure: the time zone comes in as an argument.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Half-open range [from, until) in absolute time; either end may be open. */
export interface InstantRange {
  from?: Date;
  until?: Date;
}

/** True for a real calendar day in YYYY-MM-DD form (2026-02-30 is not). */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (positive east of Greenwich). */
export function timeZoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant local midnight starts `day` (YYYY-MM-DD) in `timeZone`, DST-aware. */
export function startOfZonedDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  // Two passes: the offset at the guess can differ from the offset at the answer across a DST change.
  let guess = utcMidnight - timeZoneOffsetMs(new Date(utcMidnight), timeZone);
  guess = utcMidnight - timeZoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Turns validated `from`/`to` filter strings into an absolute half-open range.
 * `to` as a day includes that whole day; `to` as an instant includes that instant.
 */
export function resolveDateRange(from: string | undefined, to: string | undefined, timeZone: string): InstantRange {
  const range: InstantRange = {};
  if (from) range.from = isCalendarDay(from) ? startOfZonedDay(from, timeZone) : new Date(from);
  if (to) range.until = isCalendarDay(to) ? startOfZonedDay(nextDay(to), timeZone) : new Date(new Date(to).getTime() + 1);
  return range;
}

/** True when the range cannot contain anything (from at or after until). */
export function isEmptyRange(range: InstantRange): boolean {
  return !!range.from && !!range.until && range.from.getTime() >= range.until.getTime();
}
