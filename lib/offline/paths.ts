import { localePrefix } from "@/lib/i18n/locales";
import type { Locale } from "@/machines/locale";

/** The page the browser shows offline in place of any page of the journey: it renders the journey itself. */
export const offlinePath = (locale: Locale) => `${localePrefix(locale)}/uden-net`;
