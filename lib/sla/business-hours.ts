/**
 * SLA clocks that only run during business hours. A calendar gives the time
 * zone, the ISO weekdays (1 = Monday … 7 = Sunday) and the daily opening
 * window. Pure: all instants are UTC Dates; local days are resolved with Intl.
 */
import { z } from "zod";

export const ZBusinessHours = z
  .object({
    timeZone: z.string().min(1),
    days: z.array(z.number().int().min(1).max(7)).min(1),
    start: z.string().regex(/^\d{2}:\d{2}$/),
    end: z.string().regex(/^\d{2}:\d{2}$/),
  })
  .strict()
  .refine((c) => c.start < c.end, "start must be before end");
export type BusinessHours = z.infer<typeof ZBusinessHours>;

interface LocalParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function localParts(at: Date, timeZone: string): LocalParts {
  const f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", weekday: "short" });
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(p.weekday!) + 1;
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), weekday };
}

/** The UTC instant of a local wall-clock time in `timeZone` (DST-safe to the minute). */
export function zonedTimeToUtc(year: number, month: number, day: number, hh: number, mm: number, timeZone: string): Date {
  let guess = Date.UTC(year, month - 1, day, hh, mm);
  for (let i = 0; i < 3; i++) {
    const f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
    const p = Object.fromEntries(f.formatToParts(new Date(guess)).map((x) => [x.type, x.value]));
    const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
    const diff = Date.UTC(year, month - 1, day, hh, mm) - asUtc;
    if (diff === 0) break;
    guess += diff;
  }
  return new Date(guess);
}

/** `start` plus `minutes` of open business time. */
export function addBusinessMinutes(start: Date, minutes: number, cal: BusinessHours): Date {
  const [sh, sm] = cal.start.split(":").map(Number) as [number, number];
  const [eh, em] = cal.end.split(":").map(Number) as [number, number];
  let remaining = minutes * 60_000;
  let cursor = start;
  for (let guard = 0; guard < 400; guard++) {
    const d = localParts(cursor, cal.timeZone);
    const open = zonedTimeToUtc(d.year, d.month, d.day, sh, sm, cal.timeZone);
    const close = zonedTimeToUtc(d.year, d.month, d.day, eh, em, cal.timeZone);
    if (cal.days.includes(d.weekday) && cursor < close) {
      const from = cursor < open ? open : cursor;
      const available = close.getTime() - from.getTime();
      if (remaining <= available) return new Date(from.getTime() + remaining);
      remaining -= available;
    }
    // Jump to just after the next local midnight (noon UTC-safe: add a day from local noon).
    const noon = zonedTimeToUtc(d.year, d.month, d.day, 12, 0, cal.timeZone);
    const next = localParts(new Date(noon.getTime() + 86_400_000), cal.timeZone);
    cursor = zonedTimeToUtc(next.year, next.month, next.day, 0, 0, cal.timeZone);
  }
  throw new Error("Business-hours calendar has no open time");
}
