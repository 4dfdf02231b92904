import { cache } from "react";
import { readPageAddress, type SearchParams } from "../http/request-fields";
import { journeyOf, type Journey } from "./journey";
import { decodeAnswers } from "./url-state";
import type { Locale } from "@/machines/locale";

export type PageSearchParams = Promise<SearchParams>;

// A page and its metadata read the same answers: replay them once per request.
const journeyOfParam = cache((param: string | undefined) => {
  const decoded = decodeAnswers(param);
  return { journey: journeyOf(decoded.answers), intact: decoded.intact };
});

/** The locale and the journey a page's URL holds; `intact` is false for a tampered or outdated link. */
export async function readPageState(
  params: Promise<{ locale: string }>,
  searchParams: PageSearchParams,
): Promise<{ locale: Locale; journey: Journey; intact: boolean; query: Record<string, string | undefined> }> {
  const { locale, query } = await readPageAddress(params, searchParams);
  return { locale, ...journeyOfParam(query.a), query };
}
