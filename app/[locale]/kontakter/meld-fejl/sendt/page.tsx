import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeOrDefault, otherLocale, startPath } from "@/lib/i18n/locales";
import { reportSentPath } from "@/lib/directory/reports/paths";
import { titledBy } from "@/lib/ui/page-metadata";
import { PageShell } from "@/lib/ui/page-shell";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titledBy("reports.sentTitle");

/** The receipt of a report: what happens to it, and the way back to a result that was never stored. */
export default async function ReportSentPage({ params }: Props) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "reports" });
  return (
    <PageShell locale={locale} alternateHref={reportSentPath(otherLocale(locale))}>
      <div className="alert alert-success" role="status">
        <div className="alert-body">
          <h1 className="alert-heading" tabIndex={-1}>
            {t("sentTitle")}
          </h1>
          <p className="alert-text">{t("sentBody")}</p>
        </div>
      </div>
      <p>{t("sentBack")}</p>
      <p>
        <a href={startPath(locale)}>{t("toStart")}</a>
      </p>
    </PageShell>
  );
}
