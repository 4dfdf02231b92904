import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/machines/locale";

/** The start of a locale's paths: none for the default locale (Danish at /), "/en" for English (next.config.ts routes them). */
export const localePrefix = (locale: Locale) => (locale === DEFAULT_LOCALE ? "" : `/${locale}`);

/** The locale a path segment or form field names; anything else gets the default locale. */
export const localeOrDefault = (raw: string | undefined): Locale => (raw !== undefined && isLocale(raw) ? raw : DEFAULT_LOCALE);

const OTHER_LOCALE: Record<Locale, Locale> = { da: "en", en: "da" };

/** The language the header's language link switches to. */
export const otherLocale = (locale: Locale) => OTHER_LOCALE[locale];

/** The locale of a path, from its prefix ("/en/…" is English, anything else Danish), and the path after it. */
export function localeOfPath(pathname: string): { locale: Locale; rest: string } {
  const locale = LOCALES.find((candidate) => {
    const prefix = localePrefix(candidate);
    return prefix !== "" && (pathname === prefix || pathname.startsWith(`${prefix}/`));
  });
  return locale ? { locale, rest: pathname.slice(localePrefix(locale).length) || "/" } : { locale: DEFAULT_LOCALE, rest: pathname };
}

/** The start page in a language: the root of its addresses. */
export const startPath = (locale: Locale) => localePrefix(locale) || "/";
