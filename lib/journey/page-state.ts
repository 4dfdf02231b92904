import { cache } from "react";
import { localeOrDefault } from "../i18n/locales";
import { journeyOf, type Journey } from "./journey";
import { decodeAnswers } from "./url-state";
import type { Locale } from "@/machines/locale";

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
  const locale = localeOrDefault(rawLocale);
  const query = Object.fromEntries(Object.entries(search).map(([key, value]) => [key, single(value)]));
  return { locale, ...journeyOfParam(query.a), query };
}
