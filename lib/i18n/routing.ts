import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "@/machines/locale";

// Danish at /, English under /en. No locale cookie and no guessing from the
// browser: a public service answers in Danish unless asked otherwise.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeCookie: false,
  localeDetection: false,
});
