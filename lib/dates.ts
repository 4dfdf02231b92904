import type { Locale } from "@/machines/locale";

const INTL_LOCALE: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

/** Dates and times are Danish, whatever the server's own time zone. */
export const DANISH_TIME_ZONE = "Europe/Copenhagen";

const formats = new Map<string, Intl.DateTimeFormat>();

/** An Intl.DateTimeFormat takes about half a millisecond to make and a result page writes many dates: each is made once. */
function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options)));
  return format;
}

/** A date as a source shows it: a day (2024-06-24), a month (2024-06) or only a year (2024). */
export const SOURCE_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date written out for readers as precisely as it is given: "28. november 2026", "juni 2024" or "2024".
 */
export function formatDate(date: string, locale: Locale): string {
  if (date.length === 4) return date;
  const day = date.length === 7 ? `${date}-01` : date;
  const precision: Intl.DateTimeFormatOptions = date.length === 7 ? {} : { day: "numeric" };
  return dateTimeFormat(locale, { ...precision, month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** The last day a date of a month or a year can stand for. */
function lastDayOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 10) return date;
  const [year, month] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

// "en-CA" writes dates as YYYY-MM-DD.
const danishCalendarDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: DANISH_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Denmark (YYYY-MM-DD), whatever the server's time zone: a handover note printed at 00:30 bears that day's date. */
export const todayInDenmark = (now: Date = new Date()) => danishCalendarDate.format(now);

/**
 * A source dated more than two years before `today` (YYYY-MM-DD) must be checked before use. A date of only a
 * month or a year counts as its last day: a page dated "2024" is old only once 31 December 2024 is two years past.
 */
export function needsRecheck(date: string, today: string): boolean {
  const [year, rest] = [Number(today.slice(0, 4)), today.slice(4)];
  return lastDayOf(date) < `${year - 2}${rest}`;
}

/** A moment written out with Danish time, e.g. "1. december 2026 kl. 21.30". */
export const formatDateTime = (moment: Date, locale: Locale) =>
  dateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: DANISH_TIME_ZONE }).format(moment);
