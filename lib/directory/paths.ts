import { localePrefix } from "@/lib/i18n/locales";
import type { Locale } from "@/machines/locale";

/** The directory page's query field for the chosen municipality. */
export const CONTACTS_MUNICIPALITY_FIELD = "kommune";
/** The public directory: every body that serves a municipality, or the choice of one. */
export const contactsPath = (locale: Locale, municipalityCode?: string) =>
  `${localePrefix(locale)}/kontakter${municipalityCode ? `?${CONTACTS_MUNICIPALITY_FIELD}=${municipalityCode}` : ""}`;

/** The whole directory (GET), which the browser keeps a copy of for use offline. */
export const directoryApiPath = "/api/v1/directory";
