import { localeOrDefault } from "@/lib/i18n/locales";
import type { Locale } from "@/machines/locale";

export type AdminPageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page's locale and its query, each parameter as one string. */
export async function readAdminPage(props: AdminPageProps): Promise<{ locale: Locale; query: Record<string, string | undefined> }> {
  const [{ locale }, search] = await Promise.all([props.params, props.searchParams]);
  const query = Object.fromEntries(Object.entries(search).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return { locale: localeOrDefault(locale), query };
}
