import { withErrorPrefix } from "@/lib/ui/title";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { JoinCodeForm, joinCodeTexts } from "@/lib/training/room/join-code-form";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { JOIN_CODE_PARAM, joinPath } from "@/lib/training/paths";
import { singleValue, type SearchParams } from "@/lib/http/request-fields";
import { joinCodeSchema } from "@/lib/training/room/room-input";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const typedCode = async (searchParams: Props["searchParams"]) => singleValue((await searchParams)[JOIN_CODE_PARAM]);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, typed] = await Promise.all([params, typedCode(searchParams)]);
  const [t, question] = await Promise.all([
    getTranslations({ locale: localeOrDefault(locale), namespace: "trainingRoom.join" }),
    getTranslations({ locale: localeOrDefault(locale), namespace: "question" }),
  ]);
  return { title: typed !== undefined ? withErrorPrefix(t("title"), question("errorPrefix")) : t("title") };
}

/** The code from the screen; the form sends it here, and a code of the right form goes on to its session. */
export default async function JoinPage({ params, searchParams }: Props) {
  const [{ locale: rawLocale }, typed] = await Promise.all([params, typedCode(searchParams)]);
  const locale = localeOrDefault(rawLocale);
  setRequestLocale(locale);
  const code = typed === undefined ? undefined : joinCodeSchema.safeParse(typed);
  if (code?.success) redirect(joinPath(locale, code.data));
  const [t, texts] = await Promise.all([getTranslations({ locale, namespace: "trainingRoom.join" }), joinCodeTexts(locale)]);
  return (
    <PageShell locale={locale} alternateHref={joinPath(otherLocale(locale))}>
      <h1>{t("title")}</h1>
      <JoinCodeForm locale={locale} texts={texts} typed={typed} invalid={code !== undefined} />
    </PageShell>
  );
}
