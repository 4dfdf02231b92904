import { getLocale } from "next-intl/server";
import { NotFoundView } from "@/lib/not-found/not-found-view";
import { localeOrDefault } from "@/lib/i18n/locales";

/** An unknown or expired join code, with the form to type it again. The production server sends the prerendered copy instead (decision 0023). */
export default async function JoinNotFound() {
  return <NotFoundView locale={localeOrDefault(await getLocale())} kind="kode" />;
}
