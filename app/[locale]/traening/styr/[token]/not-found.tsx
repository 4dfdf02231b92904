import { getLocale } from "next-intl/server";
import { NotFoundView } from "@/lib/not-found/not-found-view";
import { localeOrDefault } from "@/lib/i18n/locales";

/** An unknown or expired control link: the two look the same, as nothing is kept of a session that has ended. The production server sends the prerendered copy instead (decision 0023). */
export default async function RoomControlNotFound() {
  return <NotFoundView locale={localeOrDefault(await getLocale())} kind="styring" />;
}
