import { getLocale } from "next-intl/server";
import { NotFoundView } from "@/lib/not-found/not-found-view";
import { localeOrDefault } from "@/lib/i18n/locales";

/** A case that is not in the library (mistyped, or taken out of use). The production server sends the prerendered copy instead (decision 0023). */
export default async function CaseNotFound() {
  return <NotFoundView locale={localeOrDefault(await getLocale())} kind="sag" />;
}
