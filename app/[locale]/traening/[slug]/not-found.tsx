import { getLocale, getTranslations } from "next-intl/server";
import { PageShell } from "@/app/_components/page-shell";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { trainingPath } from "@/lib/questionnaire/paths";

/** A case that is not in the library (mistyped, or taken out of use): the way back to the library. */
export default async function CaseNotFound() {
  const locale = localeOrDefault(await getLocale());
  const t = await getTranslations({ locale, namespace: "training" });
  return (
    <PageShell locale={locale} alternateHref={trainingPath(otherLocale(locale))}>
      <h1>{t("caseNotFoundTitle")}</h1>
      <p>{t("caseNotFoundBody")}</p>
      <a className="button button-primary" href={trainingPath(locale)}>
        {t("backToLibrary")}
      </a>
    </PageShell>
  );
}
