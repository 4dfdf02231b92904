import { cache } from "react";
import { isAppLocale } from "../i18n/routing";
import { journeyOf, type Journey, type Locale } from "./journey";
import { decodeAnswers } from "./url-state";

export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

// A page and its metadata read the same answers: replay them once per request.
const journeyOfParam = cache((param: string | undefined) => {
  const decoded = decodeAnswers(param);
  return { journey: journeyOf(decoded.answers), intact: decoded.intact };
});

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The locale and the journey a page's URL holds; `intact` is false for a tampered or outdated link. */
export async function readPageState(
  params: Promise<{ locale: string }>,
  searchParams: PageSearchParams,
): Promise<{ locale: Locale; journey: Journey; intact: boolean; query: Record<string, string | undefined> }> {
  const [{ locale: rawLocale }, search] = await Promise.all([params, searchParams]);
  const locale: Locale = isAppLocale(rawLocale) ? rawLocale : "da";
  const query = Object.fromEntries(Object.entries(search).map(([key, value]) => [key, single(value)]));
  return { locale, ...journeyOfParam(query.a), query };
}
