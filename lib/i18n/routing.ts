import { defineRouting } from "next-intl/routing";

// Danish at /, English under /en. No locale cookie and no guessing from the
// browser: a public service answers in Danish unless asked otherwise.
export const routing = defineRouting({
  locales: ["da", "en"],
  defaultLocale: "da",
  localePrefix: "as-needed",
  localeCookie: false,
  localeDetection: false,
});

export type AppLocale = (typeof routing.locales)[number];

export const isAppLocale = (value: string): value is AppLocale => (routing.locales as readonly string[]).includes(value);
