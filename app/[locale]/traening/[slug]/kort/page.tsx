import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { TrainingUnavailablePage } from "@/lib/training/training-unavailable";
import { PrintButton } from "@/lib/ui/print-button";
import { CaseCard } from "@/lib/training/case-card";
import "@/lib/training/training.css";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { caseCardPath, scenarioPath } from "@/lib/training/paths";
import { scenarioForPage } from "@/lib/training/scenario-page.server";
import { CaseNotices } from "@/lib/training/case-notices";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [found, t] = await Promise.all([
    scenarioForPage(slug),
    getTranslations({ locale: localeOrDefault(locale), namespace: "training" }),
  ]);
  return { title: found === "unavailable" ? t("unavailableTitle") : `${t("cardFront")}: ${found.scenario.title[localeOrDefault(locale)]}` };
}

/** One case as a printable A4 case card. */
export default async function CaseCardPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOrDefault(rawLocale);
  setRequestLocale(locale);
  const [found, t] = await Promise.all([scenarioForPage(slug), getTranslations({ locale, namespace: "training" })]);
  if (found === "unavailable") return <TrainingUnavailablePage locale={locale} />;
  return (
    <PageShell locale={locale} alternateHref={caseCardPath(otherLocale(locale), slug)}>
      <div className="no-print">
        <a className="back-link" href={scenarioPath(locale, slug)}>
          {t("backToCase")}
        </a>
        <h1>{t("cardsTitle")}</h1>
        <CaseNotices scenario={found.scenario} locale={locale} />
        <PrintButton label={t("print")} withoutJavaScript={t("printHint")} />
      </div>
      <CaseCard locale={locale} case={found} />
    </PageShell>
  );
}
