import { getLocale, getTranslations } from "next-intl/server";
import { PageShell } from "@/app/_components/page-shell";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { startPath } from "@/lib/questionnaire/paths";

export default async function NotFound() {
  const locale = localeOrDefault(await getLocale());
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <PageShell locale={locale} alternateHref={startPath(otherLocale(locale))}>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <a className="button button-primary" href={startPath(locale)}>
        {t("startOver")}
      </a>
    </PageShell>
  );
}
