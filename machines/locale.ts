/** The languages Henvis speaks. The first is the default and is served without a path prefix. */
export const LOCALES = ["da", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = LOCALES[0];

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** A text in every language: adding a language to LOCALES makes each missing translation a type error. */
export type Localised = Record<Locale, string>;
