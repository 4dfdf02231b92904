import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "@/machines/locale";

// Danish at /, English under /en. No locale cookie and no guessing from the
// browser: a public service answers in Danish unless asked otherwise. No Link
// header of alternate addresses: it is built from the request's host headers,
// which anyone can set, and a shared cache would keep it (each page links its
// other language itself).
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeCookie: false,
  localeDetection: false,
  alternateLinks: false,
});
