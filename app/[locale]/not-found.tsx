import { getLocale } from "next-intl/server";
import { NotFoundView } from "@/lib/not-found/not-found-view";
import { localeOrDefault } from "@/lib/i18n/locales";

/** Any page that does not exist. The production server sends the prerendered copy instead (decision 0023). */
export default async function NotFound() {
  return <NotFoundView locale={localeOrDefault(await getLocale())} kind="side" />;
}
