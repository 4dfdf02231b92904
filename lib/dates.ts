import type { Locale } from "@/machines/locale";

const INTL_LOCALE: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

/** A date such as 2026-11-28 written out for readers, e.g. "28. november 2026". */
export const formatDate = (isoDate: string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

// "en-CA" writes dates as YYYY-MM-DD.
const danishCalendarDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Denmark (YYYY-MM-DD), whatever the server's time zone: a handover note printed at 00:30 bears that day's date. */
export const todayInDenmark = (now: Date = new Date()) => danishCalendarDate.format(now);

/** A contact checked more than two years before `today` (both YYYY-MM-DD) must be checked again before use. */
export function needsRecheck(verifiedAt: string, today: string): boolean {
  const [year, rest] = [Number(today.slice(0, 4)), today.slice(4)];
  return verifiedAt < `${year - 2}${rest}`;
}

/** A moment written out with Danish time, e.g. "1. december 2026 kl. 21.30". */
export const formatDateTime = (moment: Date, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Copenhagen" }).format(moment);
