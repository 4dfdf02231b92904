import { getLocale, getTranslations } from "next-intl/server";
import { PageShell } from "@/app/_components/page-shell";
import { JoinCodeForm, joinCodeTexts } from "@/app/_components/training-room/join-code-form";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { joinPath } from "@/lib/questionnaire/paths";

/** An unknown or expired join code, with the form to type it again. */
export default async function JoinNotFound() {
  const locale = localeOrDefault(await getLocale());
  const [t, texts] = await Promise.all([getTranslations({ locale, namespace: "trainingRoom.join" }), joinCodeTexts(locale)]);
  return (
    <PageShell locale={locale} alternateHref={joinPath(otherLocale(locale))}>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <h2>{t("tryAgain")}</h2>
      <JoinCodeForm locale={locale} texts={texts} invalid={false} />
    </PageShell>
  );
}
