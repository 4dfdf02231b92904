import { getRequestConfig } from "next-intl/server";
import { localeOrDefault } from "./locales";

export default getRequestConfig(async ({ requestLocale }) => {
  const locale = localeOrDefault(await requestLocale);
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default };
});
