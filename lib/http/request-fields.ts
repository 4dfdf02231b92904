// Reading what a request carries, its query and its form, one value per field.
import { localeOrDefault } from "../i18n/locales";
import type { Locale } from "@/machines/locale";

/** A page's query as Next.js hands it over: a parameter the address gives more than once is a list of its values. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A parameter as one value: the first, where the address gives it more than once. */
export const singleValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Every parameter of a query as one value (the first of a repeated one). */
export const singleValues = (search: SearchParams): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(search).map(([key, value]) => [key, singleValue(value)]));

/** The locale of a page's address (the default for an unknown one) and its query, each parameter as one value. */
export async function readPageAddress(
  params: Promise<{ locale: string }>,
  searchParams: Promise<SearchParams>,
): Promise<{ locale: Locale; query: Record<string, string | undefined> }> {
  const [{ locale }, search] = await Promise.all([params, searchParams]);
  return { locale: localeOrDefault(locale), query: singleValues(search) };
}

/** A posted form's text field; undefined for a missing field or a file. */
export const formText = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};
