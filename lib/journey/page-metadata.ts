import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Journey } from "./journey";
import type { JourneyPage } from "./journey-pages";
import { journeyPageTitle } from "./page-title";
import { withErrorPrefix } from "@/lib/ui/title";
import type { Locale } from "@/machines/locale";

/** The metadata of a page of the journey, named as the browser names it (page-title.ts); `withError` after a post without an answer. */
export async function journeyPageMetadata(
  page: JourneyPage,
  { locale, journey }: { locale: Locale; journey: Journey },
  { withError = false } = {},
): Promise<Metadata> {
  const t = await getTranslations({ locale });
  const title = journeyPageTitle(page, locale, t, journey);
  if (title === undefined) return {};
  return { title: withError ? withErrorPrefix(title, t("question.errorPrefix")) : title };
}
