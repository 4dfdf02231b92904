import { localePrefix } from "@/lib/i18n/locales";
import type { Locale } from "@/machines/locale";

/** The query field that carries a refused form's problems back to it ("reason:reason,suggestedSource:source"). */
export const REPORT_ERRORS_PARAM = "fejl";

const reportRoot = (locale: Locale) => `${localePrefix(locale)}/kontakter/meld-fejl`;

/** The form for reporting that a contact is wrong, with a refused form's problems and values in its query. */
export const reportFormPath = (locale: Locale, target: string, query: Record<string, string> = {}) => {
  const search = new URLSearchParams(query).toString();
  return `${reportRoot(locale)}/${encodeURIComponent(target)}${search ? `?${search}` : ""}`;
};
/** Where the form posts to. */
export const reportActionPath = (locale: Locale) => `${reportRoot(locale)}/send`;
/** The receipt of a report. */
export const reportSentPath = (locale: Locale) => `${reportRoot(locale)}/sendt`;
