import { getRequestConfig } from "next-intl/server";
import { DANISH_TIME_ZONE } from "../dates";
import { localeOrDefault } from "./locales";

export default getRequestConfig(async ({ requestLocale }) => {
  const locale = localeOrDefault(await requestLocale);
  // Naming the time zone also spares next-intl from working out the server's own on every request.
  return { locale, timeZone: DANISH_TIME_ZONE, messages: (await import(`../../messages/${locale}.json`)).default };
});
