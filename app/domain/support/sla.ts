/**
 * SLA clock arithmetic in a business calendar: opening hours per weekday in
 * the calendar's time zone, holidays closed all day, or always open (24×7).
 * Pure functions: no database, no "now".
 */

export type BusinessCalendar = {
  timezone: string;
  alwaysOpen: boolean;
  /** ISO weekday "1" (Monday) … "7" (Sunday) → [["08:00","18:00"], …]; missing or [] = closed. */
  weeklyHours: Record<string, [string, string][]>;
  /** Local dates (YYYY-MM-DD) on which the desk is closed. */
  holidays: string[];
};

const MINUTE = 60_000;
const partsFormat = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string) {
  let f = partsFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", weekday: "short" });
    partsFormat.set(timeZone, f);
  }
  return f;
}

const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock date and time of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAY[parts.weekday],
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

/** The instant at which the wall clock in `timeZone` shows the given local time. */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  // Two rounds settle the offset, also across a daylight-saving change.
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(guess), timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    guess += wanted - shown;
  }
  return new Date(guess);
}

type Day = { year: number; month: number; day: number };

function nextDay(d: Day): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The open intervals of one local day, as instants. */
function openIntervals(d: Day, cal: BusinessCalendar): [Date, Date][] {
  const date = `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  if (cal.holidays.includes(date)) return [];
  const weekday = ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;
  return (cal.weeklyHours[String(weekday)] ?? []).map(([open, close]) => {
    const [oh, om] = open.split(":").map(Number);
    const [ch, cm] = close.split(":").map(Number);
    return [zonedInstant(d.year, d.month, d.day, oh, om, cal.timezone), zonedInstant(d.year, d.month, d.day, ch, cm, cal.timezone)];
  });
}

const MAX_DAYS = 800;

/** The instant `minutes` of business time after `start`. */
export function addBusinessMinutes(start: Date, minutes: number, cal: BusinessCalendar): Date {
  if (cal.alwaysOpen || minutes <= 0) return new Date(start.getTime() + Math.max(0, minutes) * MINUTE);
  let remaining = minutes * MINUTE;
  const p = localParts(start, cal.timezone);
  let day: Day = { year: p.year, month: p.month, day: p.day };
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    for (const [open, close] of openIntervals(day, cal)) {
      if (close <= start) continue;
      const from = Math.max(open.getTime(), start.getTime());
      const available = close.getTime() - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
  }
  throw new Error("The business calendar has no opening hours in the next two years.");
}

/** Business minutes between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(from: Date, to: Date, cal: BusinessCalendar): number {
  if (to <= from) return 0;
  if (cal.alwaysOpen) return Math.floor((to.getTime() - from.getTime()) / MINUTE);
  let total = 0;
  const p = localParts(from, cal.timezone);
  let day: Day = { year: p.year, month: p.month, day: p.day };
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    const intervals = openIntervals(day, cal);
    for (const [open, close] of intervals) {
      const a = Math.max(open.getTime(), from.getTime());
      const b = Math.min(close.getTime(), to.getTime());
      if (b > a) total += b - a;
    }
    const dayStart = zonedInstant(day.year, day.month, day.day, 0, 0, cal.timezone);
    if (dayStart > to) break;
  }
  return Math.floor(total / MINUTE);
}

/**
 * A due time that pauses: the target in business minutes from `start`, pushed
 * back by the business minutes the clock was stopped (pending customer).
 */
export function dueAt(start: Date, targetMinutes: number, pausedMinutes: number, cal: BusinessCalendar): Date {
  return addBusinessMinutes(start, targetMinutes + pausedMinutes, cal);
}
