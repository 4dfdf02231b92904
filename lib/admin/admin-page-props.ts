import type { getTranslations } from "next-intl/server";
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

type AdminTexts = Awaited<ReturnType<typeof getTranslations<"admin">>>;

/** The text a query parameter names among the administration's notices or errors; undefined for none or an unknown one. */
export const namedText = (tAdmin: AdminTexts, group: "notices" | "errors", name: string | undefined) =>
  name && tAdmin.has(`${group}.${name}`) ? tAdmin(`${group}.${name}`) : undefined;
